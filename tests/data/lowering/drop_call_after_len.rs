// `x.len()` borrows `x`; a later `drop(x)` ends the value but not the storage, so `x` is still saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn measured_release() -> usize {
    let scratch = vec![9u8; 8];
    let n = scratch.len();
    drop(scratch);
    tick().await;
    n
}
