// Lesson: ending the guard's scope with a block before the await is the reliable fix.
// Expect: Send; compiles with no errors.
use std::sync::{Arc, Mutex};

async fn bump(counter: Arc<Mutex<u64>>) {
    {
        let mut guard = counter.lock().unwrap();
        *guard += 1;
    }
    tokio::task::yield_now().await;
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(bump(counter));
}
