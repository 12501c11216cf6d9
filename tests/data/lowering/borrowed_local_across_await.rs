// A reference to a local held across an await keeps both the reference and the borrowed local saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn longest() -> usize {
    let words = vec![String::from("alpha"), String::from("be")];
    let first = &words[0];
    tick().await;
    first.len()
}

async fn borrowed_plain() -> u32 {
    let numbers = [1u32, 2, 3, 4];
    let slice = &numbers[1..];
    tick().await;
    slice[0]
}
