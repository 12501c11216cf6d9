// Lesson: Arc<T> is Send only if T: Send + Sync; Arc<RefCell<T>> fails because RefCell is !Sync.
// Expect: NOT Send at `tally(shared)`; held `shared: Arc<RefCell<u32>>` (used after the await); leaf RefCell<u32>: Sync.
use std::cell::RefCell;
use std::sync::Arc;

async fn tally(shared: Arc<RefCell<u32>>) {
    tokio::task::yield_now().await;
    *shared.borrow_mut() += 1;
}

pub fn start(shared: Arc<RefCell<u32>>) {
    tokio::spawn(tally(shared));
}
