// `futures::pin_mut!(fut)` shadows `fut` with a pinned reference to it (futures-util's
// `pin_mut!`: `let mut fut = fut; let mut fut = unsafe { Pin::new_unchecked(&mut fut) };`):
// the original future and the Pin<&mut _> both stay saved while `fut` is awaited by reference.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn work(n: u64) -> u64 {
    tick().await;
    n
}

pub async fn pinned() -> u64 {
    let fut = work(2);
    futures::pin_mut!(fut);
    let first = (&mut fut).await;
    first
}
