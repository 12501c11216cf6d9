// A `ready!`-style macro (futures-core's, written in the file): in a `poll_fn` closure it
// is a `match` whose `Pending` arm returns from the closure, and whose value is the
// `Ready` payload, so the closure's output and the awaited future's output are typed.
#![allow(unused)]
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

macro_rules! ready {
    ($e:expr $(,)?) => {
        match $e {
            Poll::Ready(t) => t,
            Poll::Pending => {
                return Poll::Pending;
            }
        }
    };
}

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    1
}

pub async fn polled(mut fut: Pin<Box<dyn Future<Output = u32> + Send>>) -> u32 {
    let kept = String::from("kept");
    let got = futures::future::poll_fn(|cx: &mut Context<'_>| {
        let v = ready!(fut.as_mut().poll(cx));
        Poll::Ready(v + 1)
    })
    .await;
    let after = tick().await;
    got + after + kept.len() as u32
}
