// Copy arguments: always upvars; also saved as locals only in states where they are used after the await.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn scale(x: u64, factor: u64, unused: u32) -> u64 {
    let doubled = x * 2;
    tick().await;
    let scaled = doubled * factor;
    tick().await;
    scaled
}
