// Third-party style (tokio docs): a permit held across the work it guards, `timeout` around an
// awaited call, an Arc cloned into the loop, and `Instant::elapsed` read after the await.
#![allow(unused)]
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

async fn tick() {
    tokio::task::yield_now().await;
}

pub async fn limited(sem: Arc<Semaphore>, jobs: u32) -> u32 {
    let mut done = 0;
    for _ in 0..jobs {
        let permit = sem.acquire().await.unwrap();
        tick().await;
        drop(permit);
        done += 1;
    }
    done
}

pub async fn bounded() -> bool {
    let started = Instant::now();
    let outcome = tokio::time::timeout(Duration::from_millis(5), tick()).await;
    tick().await;
    outcome.is_ok() && started.elapsed() < Duration::from_secs(1)
}
