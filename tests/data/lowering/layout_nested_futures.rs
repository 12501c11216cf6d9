// An awaited async fn's future is a field of its caller's future, recursively: outer contains middle contains inner's 1,000-byte buffer.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn inner() -> usize {
    let buffer = [0u8; 1000];
    tick().await;
    buffer.len()
}

async fn middle() -> usize {
    let label = String::from("middle");
    let n = inner().await;
    n + label.len()
}

async fn outer() -> usize {
    let a = middle().await;
    let b = inner().await;
    a + b
}
