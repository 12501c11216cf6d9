// Futures stored in a tuple and in a generic struct's field: the aggregate is one saved
// local holding the futures; awaiting `pair.0` moves that field out (the rest stays
// saved for the next await and for its drop).
#![allow(unused)]

async fn tick() {}

async fn number(n: u64) -> u64 {
    tick().await;
    n
}

struct Pending<F> {
    label: &'static str,
    job: F,
}

pub async fn tuple_of_futures() -> u64 {
    let pair = (number(1), number(2));
    let a = pair.0.await;
    let b = pair.1.await;
    a + b
}

pub async fn future_in_field() -> usize {
    let pending = Pending { label: "job", job: number(3) };
    tick().await;
    let value = pending.job.await;
    pending.label.len() + value as usize
}
