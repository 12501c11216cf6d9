// Lesson: `*m.lock().unwrap() += 1;` as a statement drops the guard temporary at the `;`.
// Expect: Send; compiles with no errors.
use std::sync::{Arc, Mutex};

async fn bump(counter: Arc<Mutex<u64>>) {
    *counter.lock().unwrap() += 1;
    tokio::task::yield_now().await;
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(bump(counter));
}
