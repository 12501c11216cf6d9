// An awaitee's storage ends with its await: the await's own destination (`let n = f().await`) is assigned while it lives, a `let` in a later statement is not, so that local may overlap the awaitee's state and stays out of the prefix.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn number(n: u64) -> u64 {
    tick().await;
    n
}

async fn next_statement(x: u64, factor: u64) -> u64 {
    let doubled = x * 2;
    tick().await;
    let scaled = doubled * factor;
    tick().await;
    scaled
}

async fn await_destination(x: u64) -> u64 {
    let first = x + 1;
    let second = number(first).await;
    let third = [second; 4];
    tick().await;
    third[0] + first
}

async fn string_after_await(name: String) -> usize {
    let head = name.len();
    tick().await;
    let tail = format!("{name}!");
    tick().await;
    tail.len() + head
}
