// A local without drop glue that is dead at the await is not saved; one used after it is.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn checksum() -> u32 {
    let table = [3u32; 64];
    let seed = table[5] + table[9];
    let unused_after = seed * 2;
    tick().await;
    seed + 1
}
