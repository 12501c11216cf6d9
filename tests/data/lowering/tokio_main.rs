// `#[tokio::main] async fn main`: the macro turns the body into an async block, reported as the future `main`.
#![allow(unused)]
use std::time::Duration;

async fn work(n: u32) -> u32 {
    tokio::task::yield_now().await;
    n * 2
}

#[tokio::main]
async fn main() {
    let greeting = String::from("start");
    let a = work(1).await;
    tokio::time::sleep(Duration::from_millis(1)).await;
    println!("{} {}", greeting, a);
}
