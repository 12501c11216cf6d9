// Lesson: Arc<T> with T: Send + Sync (here String) is the thread-safe replacement for Rc.
// Expect: Send; compiles with no errors.
use std::sync::Arc;

async fn worker() -> usize {
    let shared = Arc::new(String::from("abc"));
    tokio::task::yield_now().await;
    shared.len()
}

pub fn start() {
    tokio::spawn(worker());
}
