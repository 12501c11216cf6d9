// Lesson: a std::sync::MutexGuard held across an await makes the future !Send
// (std has `impl !Send for MutexGuard`).
// Expect: NOT Send at `bump(counter)`; held `guard`; leaf std::sync::MutexGuard<'_, u64>: Send.
use std::sync::{Arc, Mutex};

async fn bump(counter: Arc<Mutex<u64>>) {
    let mut guard = counter.lock().unwrap();
    tokio::task::yield_now().await;
    *guard += 1;
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(bump(counter));
}
