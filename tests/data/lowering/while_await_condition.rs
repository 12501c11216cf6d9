// `while cond().await { ... }`: the await in the condition is a suspend point of its own, reached on every iteration.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn more(n: u32) -> bool {
    tick().await;
    n < 3
}

async fn poll_loop() -> Vec<u32> {
    let mut seen = Vec::new();
    let mut n = 0;
    while more(n).await {
        seen.push(n);
        tick().await;
        n += 1;
    }
    seen
}
