// A `self: Pin<&mut Self>` method called on a `Pin<&mut T>` by value moves it: `q.poll(cx)` ends `q` (not saved), `p.as_mut()` borrows `p` (saved to its scope's end); `Pin::as_mut` gives `Pin<&mut T>` through `<&mut T as Deref>::Target`.
#![allow(unused)]
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

async fn tick() {}

pub struct Ready(u64);

impl Future for Ready {
    type Output = u64;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u64> {
        Poll::Ready(self.0)
    }
}

pub async fn moved_once(p: Pin<&mut Ready>, cx: &mut Context<'_>) -> u64 {
    let polled = p.poll(cx);
    tick().await;
    match polled {
        Poll::Ready(v) => v,
        Poll::Pending => 0,
    }
}

pub async fn reborrowed_then_moved(mut p: Pin<&mut Ready>, cx: &mut Context<'_>) -> bool {
    let q = p.as_mut();
    let first = q.poll(cx);
    tick().await;
    let second = p.poll(cx);
    first.is_ready() && second.is_ready()
}

pub async fn boxed_as_mut(mut b: Pin<Box<Ready>>, cx: &mut Context<'_>) -> bool {
    let r = b.as_mut().poll(cx);
    tick().await;
    r.is_pending()
}
