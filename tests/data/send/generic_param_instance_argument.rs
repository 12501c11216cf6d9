// Lesson: a generic async fn instantiated with the caller's own unbounded parameter `V` holds a
// `V`; rustc names no value for it, only "`V` cannot be sent between threads safely".
// Expect: not Send at `keep(value)` (leaf `V`).
use std::future::Future;

fn must_send<F: Future + Send>(_: F) {}

async fn nap() {}

async fn keep<X>(x: X) {
    nap().await;
    drop(x);
}

pub fn forward<V>(value: V) {
    must_send(keep(value));
}

fn main() {}
