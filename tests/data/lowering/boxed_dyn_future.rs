// Awaiting a `Pin<Box<dyn Future>>`: the awaitee is the box itself (opaque to the layout).
#![allow(unused)]
use std::future::Future;
use std::pin::Pin;

async fn tick() {
    tokio::task::yield_now().await;
}

fn boxed(n: u32) -> Pin<Box<dyn Future<Output = u32> + Send>> {
    Box::pin(async move {
        tick().await;
        n
    })
}

async fn call_boxed() -> u32 {
    let tag = String::from("boxed");
    let v = boxed(3).await;
    v + tag.len() as u32
}
