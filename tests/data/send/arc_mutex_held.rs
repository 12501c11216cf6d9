// Lesson: Arc<std::sync::Mutex<T>> is Send + Sync; holding the Arc (not the guard) across an await is fine.
// Expect: Send; compiles with no errors.
use std::sync::{Arc, Mutex};

async fn tally(shared: Arc<Mutex<u32>>) {
    tokio::task::yield_now().await;
    *shared.lock().unwrap() += 1;
}

pub fn start(shared: Arc<Mutex<u32>>) {
    tokio::spawn(tally(shared));
}
