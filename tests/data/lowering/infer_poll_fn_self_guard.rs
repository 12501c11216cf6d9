// An async `poll_fn<F, T>` awaited with a closure that takes a guard out of a `ready!`
// match and returns `guard.flush(cx)`, a method of an impl for one instance of a generic
// type (`impl Guard<State>`) returning `Poll<io::Result<Self>>`: T is that impl's `Self`
// inside io::Result, read from the closure's output through `F: FnMut(..) -> Poll<T>`.
#![allow(unused)]
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

pub async fn poll_fn<F, T>(f: F) -> T
where
    F: FnMut(&mut Context<'_>) -> Poll<T>,
{
    let fut = PollFn { f };
    fut.await
}

struct PollFn<F> {
    f: F,
}

impl<F> Unpin for PollFn<F> {}

impl<T, F> Future for PollFn<F>
where
    F: FnMut(&mut Context<'_>) -> Poll<T>,
{
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        (&mut self.f)(cx)
    }
}

macro_rules! ready {
    ($e:expr $(,)?) => {
        match $e {
            std::task::Poll::Ready(t) => t,
            std::task::Poll::Pending => {
                return std::task::Poll::Pending;
            }
        }
    };
}

struct Lock<T>(Arc<T>);
struct Guard<T>(Arc<T>);

impl<T> Lock<T> {
    fn poll_lock(&self, _cx: &mut Context<'_>) -> Poll<Guard<T>> {
        Poll::Ready(Guard(self.0.clone()))
    }
}

pub struct State {
    flushed: bool,
    pending: Vec<u8>,
}

impl Guard<State> {
    fn flush(self, _cx: &mut Context<'_>) -> Poll<std::io::Result<Self>> {
        Poll::Ready(Ok(self))
    }
    fn unread(self, _cx: &mut Context<'_>) -> Poll<std::io::Result<Self>> {
        Poll::Ready(Ok(self))
    }
}

pub struct File {
    lock: Lock<State>,
}

async fn tick() {
    tokio::task::yield_now().await;
}

impl File {
    pub async fn sync(&self) -> std::io::Result<()> {
        let state = poll_fn(|cx| {
            let state = ready!(self.lock.poll_lock(cx));
            state.flush(cx)
        })
        .await?;
        tick().await;
        drop(state);
        Ok(())
    }

    pub async fn truncate(&self, len: u64) -> std::io::Result<u64> {
        let state = poll_fn(|cx| {
            let state = ready!(self.lock.poll_lock(cx));
            let state = ready!(state.unread(cx))?;
            state.flush(cx)
        })
        .await?;
        tick().await;
        Ok(len + state.0.pending.len() as u64)
    }

    pub async fn flushed(&self) -> bool {
        let guard = poll_fn(|cx| self.lock.poll_lock(cx)).await;
        tick().await;
        guard.0.flushed
    }
}
