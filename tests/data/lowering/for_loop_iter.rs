// `for`: the desugared iterator local is named `iter` and is saved across an await in the body.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn sum_all(items: Vec<u32>) -> u32 {
    let mut sum = 0;
    for item in items {
        tick().await;
        sum += item;
    }
    sum
}

async fn over_range() -> usize {
    let mut hits = 0;
    for i in 0..10usize {
        tick().await;
        hits += i;
    }
    hits
}
