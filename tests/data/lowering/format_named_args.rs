// Named format arguments are taken by reference in source order like positional ones, so one written before an awaited argument is borrowed across the await.
#![allow(unused)]
use std::rc::Rc;

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    7
}

async fn named_before_await() {
    let label = String::from("n");
    println!("{l}: {v}", l = label.len(), v = tick().await);
}

async fn named_value_borrowed() {
    let total = 3u64;
    let name = String::new();
    let s = format!("{t} {n}", n = tick().await, t = total);
    drop(name);
}

async fn named_shadows_local() {
    let count = 1u16;
    let other = 2u16;
    println!("{count} {}", tick().await, count = other);
}

async fn inline_after_positional() {
    let width = 5usize;
    println!("{} {width}", tick().await);
}
