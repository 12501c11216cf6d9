// Lesson: an owned std::sync::mpsc::Receiver is Send, so moving it into the future is fine.
// Expect: Send; compiles with no errors.
use std::sync::mpsc::Receiver;

async fn drain(rx: Receiver<u32>) -> u32 {
    tokio::task::yield_now().await;
    rx.try_recv().unwrap_or(0)
}

pub fn start(rx: Receiver<u32>) {
    tokio::spawn(drain(rx));
}
