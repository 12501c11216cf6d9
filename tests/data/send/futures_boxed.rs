// Lesson: futures::FutureExt::boxed gives a BoxFuture (Pin<Box<dyn Future + Send + 'a>>): awaiting it is Send.
// Expect: Send; compiles with no errors.
use futures::FutureExt;

async fn answer() -> u32 {
    tokio::task::yield_now().await;
    42
}

async fn run() -> u32 {
    let job = answer().boxed();
    job.await + 1
}

pub fn start() {
    tokio::spawn(run());
}
