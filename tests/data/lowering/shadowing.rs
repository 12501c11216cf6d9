// A shadowed binding is a separate local: both `value`s are saved when both are live (the outer one by its drop).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn reparse() -> usize {
    let value = String::from("42");
    let value = value.trim().len();
    tick().await;
    value
}

async fn shadow_keeps_outer() -> usize {
    let value = vec![1u32, 2, 3];
    let first = &value;
    let value = first.len();
    tick().await;
    value
}
