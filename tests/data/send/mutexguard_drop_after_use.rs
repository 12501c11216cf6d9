// Lesson: drop(guard) before the await is not enough once the guard was dereferenced:
// the borrowed local stays in the state until its scope ends.
// Expect: NOT Send at `bump(counter)`; held `guard`; leaf std::sync::MutexGuard<'_, u64>: Send.
use std::sync::{Arc, Mutex};

async fn bump(counter: Arc<Mutex<u64>>) {
    let mut guard = counter.lock().unwrap();
    *guard += 1;
    drop(guard);
    tokio::task::yield_now().await;
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(bump(counter));
}
