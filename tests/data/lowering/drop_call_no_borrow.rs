// `drop(x)` before the await with no earlier borrow of `x`: `x` is not saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn release() -> u8 {
    let scratch = vec![9u8; 8];
    drop(scratch);
    tick().await;
    1
}
