// Lesson: tokio::sync::mpsc::Receiver is Send; a receive loop that keeps it across many awaits is fine.
// Expect: Send; compiles with no errors.
use tokio::sync::mpsc::Receiver;

async fn drain(mut rx: Receiver<u32>) -> u32 {
    let mut total = 0;
    while let Some(v) = rx.recv().await {
        total += v;
    }
    total
}

pub fn start(rx: Receiver<u32>) {
    tokio::spawn(drain(rx));
}
