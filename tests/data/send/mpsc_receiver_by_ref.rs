// Lesson: std::sync::mpsc::Receiver is Send but not Sync: a future holding `&Receiver` is !Send.
// Expect: NOT Send at `drain(rx)`; held `rx: &'static std::sync::mpsc::Receiver<u32>` (used after the await);
// leaf std::sync::mpsc::Receiver<u32>: Sync.
use std::sync::mpsc::Receiver;

async fn drain(rx: &'static Receiver<u32>) -> u32 {
    tokio::task::yield_now().await;
    rx.try_recv().unwrap_or(0)
}

pub fn start(rx: &'static Receiver<u32>) {
    tokio::spawn(drain(rx));
}
