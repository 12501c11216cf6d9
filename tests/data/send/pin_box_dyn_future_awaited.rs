// Lesson: awaiting a `Pin<Box<dyn Future<Output = ()>>>` (no Send bound): rustc cannot see inside a
// trait object, so it blames the awaited future itself.
// Expect: NOT Send at `run(job)`; awaits_non_send_future on `job`; leaf
// `(dyn Future<Output = ()> + 'static)`: Send (a parameter type keeps its 'static object lifetime).
use std::future::Future;
use std::pin::Pin;

async fn run(job: Pin<Box<dyn Future<Output = ()>>>) {
    job.await;
}

pub fn start(job: Pin<Box<dyn Future<Output = ()>>>) {
    tokio::spawn(run(job));
}
