// Lesson: a parking_lot guard used in a block expression before the await is dropped in time.
// Expect: Send; compiles with no errors.
use std::sync::Arc;

async fn bump(counter: Arc<parking_lot::Mutex<u64>>) -> u64 {
    let v = {
        let mut guard = counter.lock();
        *guard += 1;
        *guard
    };
    tokio::task::yield_now().await;
    v
}

pub fn start(counter: Arc<parking_lot::Mutex<u64>>) {
    tokio::spawn(bump(counter));
}
