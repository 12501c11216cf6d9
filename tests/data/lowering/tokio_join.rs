// `tokio::join!` keeps its futures in a macro local named `futures` and awaits a PollFn.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn left() -> u32 {
    tick().await;
    1
}

async fn right(s: String) -> usize {
    tick().await;
    s.len()
}

async fn both() -> usize {
    let name = String::from("pair");
    let (a, b) = tokio::join!(left(), right(name.clone()));
    a as usize + b + name.len()
}
