// std::time values across an await: `Instant` and `SystemTime` hold a Timespec whose nanoseconds are a niche type, so `Option<Instant>` stays 16 bytes; a timer-like struct of them is 56.
#![allow(unused)]
use std::task::Waker;
use std::time::{Duration, Instant, SystemTime};

async fn tick() {
    tokio::task::yield_now().await;
}

struct Timer {
    id_and_waker: Option<(usize, Waker)>,
    when: Option<Instant>,
    period: Duration,
}

async fn deadline(when: Option<Instant>) -> bool {
    let started = Some(Instant::now());
    tick().await;
    when.is_some() && started.is_some()
}

async fn stamped() -> Option<SystemTime> {
    let at = SystemTime::now().checked_add(Duration::from_secs(1));
    tick().await;
    at
}

async fn with_timer(period: Duration) -> bool {
    let timer = Timer { id_and_waker: None, when: None, period };
    let flag = true;
    tick().await;
    timer.when.is_none() && flag
}
