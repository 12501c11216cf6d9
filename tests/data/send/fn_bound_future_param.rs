// Lesson: `F: Fn() -> Fut` with `Fut: Future` and no `Fut: Send`: the awaited `f()` is a `Fut`,
// a type parameter of the generic caller, so rustc cannot prove it Send and suggests the bound;
// adding `Fut: Send` (and `F: Sync`, since `f` is borrowed across the await) makes it compile.
// Expect: NOT Send at `call(f)`; awaits `f()` (type `Fut`, a parameter rustc names by the bound it
// suggests). `call_bounded(f)` compiles.
use std::future::Future;

async fn call<F, Fut>(f: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = ()>,
{
    f().await;
}

async fn call_bounded<F, Fut>(f: F)
where
    F: Fn() -> Fut + Sync,
    Fut: Future<Output = ()> + Send,
{
    f().await;
}

pub fn start<F, Fut>(f: F)
where
    F: Fn() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + 'static,
{
    tokio::spawn(call(f));
}

pub fn start_bounded<F, Fut>(f: F)
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    tokio::spawn(call_bounded(f));
}
