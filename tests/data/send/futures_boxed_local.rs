// Lesson: futures::FutureExt::boxed_local gives a LocalBoxFuture (no Send bound): awaiting it inside a
// spawned future is blamed as awaiting a non-Send future, although `answer()` itself is Send.
// Expect: NOT Send at `run()`; awaits_non_send_future on `job`; leaf `dyn futures::Future<Output = u32>`: Send
// (rustc's help line names the trait `std::marker::Send`).
use futures::FutureExt;

async fn answer() -> u32 {
    tokio::task::yield_now().await;
    42
}

async fn run() -> u32 {
    let job = answer().boxed_local();
    job.await + 1
}

pub fn start() {
    tokio::spawn(run());
}
