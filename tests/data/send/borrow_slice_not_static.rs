// Lesson: a `&[u64]` argument borrows the caller's Vec for as long as the future lives;
// a spawned task may outlive the caller, so rustc rejects the borrow.
// Expect: no Send site; other_errors has E0597 (`values` does not live long enough) at `&values`.
// Awaitscope's fix: take `values: Vec<u64>` and pass `values`.
async fn total(values: &[u64]) -> u64 {
    tokio::task::yield_now().await;
    values.iter().sum()
}

pub fn start() {
    let values = vec![1u64, 2, 3];
    tokio::spawn(total(&values));
}
