// Lesson: tokio::sync::MutexGuard is Send (for T: Send + Sync), so holding it across an await is fine.
// Expect: Send; compiles with no errors.
use std::sync::Arc;
use tokio::sync::Mutex;

async fn bump(counter: Arc<Mutex<u64>>) {
    let mut guard = counter.lock().await;
    tokio::task::yield_now().await;
    *guard += 1;
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(bump(counter));
}
