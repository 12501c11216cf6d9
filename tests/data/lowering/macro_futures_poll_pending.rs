// futures' poll!/pending! (futures-util's macro_rules!): each is an await of its own small future (PollOnce, PendingOnce), imported, renamed or named by path.
#![allow(unused)]

use futures::pending as yield_once;
use futures::{pending, poll};
use std::task::Poll;

async fn tick() -> u32 {
    3
}

pub async fn poll_by_ref() -> u32 {
    let label = String::from("probe");
    let mut fut = Box::pin(tick());
    let polled = poll!(&mut fut);
    let n = match polled {
        Poll::Ready(v) => v,
        Poll::Pending => fut.await,
    };
    n + label.len() as u32
}

pub async fn pending_in_loop(rounds: usize) -> usize {
    let mut seen = Vec::new();
    for i in 0..rounds {
        seen.push(i);
        pending!();
    }
    seen.len()
}

pub async fn renamed_and_pathed() -> bool {
    let held = vec![1u16, 2, 3];
    yield_once!();
    let first = futures::poll!(Box::pin(tick()));
    held.is_empty() || first.is_ready()
}
