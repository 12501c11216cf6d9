// An async block inside an async fn is its own future; the fn saves the block future as its awaitee.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn outer() -> usize {
    let prefix = String::from("id-");
    let inner = async {
        let tmp = vec![1u8, 2, 3];
        tick().await;
        tmp.len()
    };
    let n = inner.await;
    tick().await;
    n + prefix.len()
}
