// Lesson: a boxed trait-object future built inside the body and then awaited; without `+ Send`
// the awaited future is blamed (awaits_non_send_future) even though its contents are Send.
// Expect: NOT Send at `run()`; awaits_non_send_future; leaf dyn Future<Output = u32>: Send.
use std::future::Future;
use std::pin::Pin;

async fn answer() -> u32 {
    42
}

async fn run() -> u32 {
    let job: Pin<Box<dyn Future<Output = u32>>> = Box::pin(answer());
    job.await + 1
}

pub fn start() {
    tokio::spawn(run());
}
