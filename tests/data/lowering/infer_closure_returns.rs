// A closure's output is the common type of its tail and of every `return` in its body
// (rustc_hir_typeck coercion.rs, CoerceMany over the body's return sites): a body whose
// tail diverges (a `loop` left only by `return`) returns what its `return`s give, and a
// generic `F: FnMut(..) -> Poll<T>` reads T from it.
#![allow(unused)]
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

pub struct PollFn<F> {
    f: F,
}

impl<F> Unpin for PollFn<F> {}

impl<T, F: FnMut(&mut Context<'_>) -> Poll<T>> Future for PollFn<F> {
    type Output = T;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        (&mut self.f)(cx)
    }
}

pub fn poll_fn<T, F: FnMut(&mut Context<'_>) -> Poll<T>>(f: F) -> PollFn<F> {
    PollFn { f }
}

pub fn attempt<T, F: FnMut(u32) -> Option<T>>(mut f: F) -> T {
    let mut i = 0;
    loop {
        if let Some(v) = f(i) {
            return v;
        }
        i += 1;
    }
}

async fn tick() {
    tokio::task::yield_now().await;
}

pub async fn countdown(mut n: u32) -> usize {
    let word = poll_fn(|_cx| loop {
        if n == 0 {
            return Poll::Ready(String::from("done"));
        }
        n -= 1;
    })
    .await;
    tick().await;
    word.len()
}

pub async fn first_even(start: u64) -> u64 {
    let found = attempt(|i| {
        let v = start + i as u64;
        if v % 2 == 0 {
            return Some(vec![v; 3]);
        }
        None
    });
    tick().await;
    found[0]
}

pub async fn early(flag: bool) -> usize {
    let pair = poll_fn(|_cx| {
        if flag {
            return Poll::Ready((1u8, String::new()));
        }
        loop {}
    })
    .await;
    tick().await;
    pair.1.len() + pair.0 as usize
}
