// A future borrows what you pass it: moving it first is E0505
//
// `process(&bytes)` does not run `process`: it makes a future that holds `&bytes`
// until it is awaited. Dropping (or moving, or mutably borrowing) `bytes` while that
// future is still waiting to be awaited is rejected by the borrow checker at the
// `drop`. Await the future first, as `awaits_first` does, or give the future its own
// copy of the data.

use std::time::Duration;

async fn process(data: &[u8]) -> usize {
    tokio::time::sleep(Duration::from_millis(10)).await;
    data.iter().filter(|&&b| b == 0).count()
}

async fn drops_first() -> usize {
    let bytes = vec![1, 2, 3, 0, 4, 0];
    let fut = process(&bytes);
    drop(bytes);
    let zeros = fut.await;
    zeros
}

async fn awaits_first() -> usize {
    let bytes = vec![1, 2, 3, 0, 4, 0];
    let fut = process(&bytes);
    let zeros = fut.await;
    drop(bytes);
    zeros
}

#[tokio::main]
async fn main() {
    println!("{} {}", drops_first().await, awaits_first().await);
}
