// Lesson: `Pin<Box<dyn Future<Output = u32> + Send>>` carries the Send bound, so awaiting it is fine.
// Expect: Send; compiles with no errors.
use std::future::Future;
use std::pin::Pin;

async fn answer() -> u32 {
    42
}

async fn run() -> u32 {
    let job: Pin<Box<dyn Future<Output = u32> + Send>> = Box::pin(answer());
    job.await + 1
}

pub fn start() {
    tokio::spawn(run());
}
