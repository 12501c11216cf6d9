// Lesson: a shared RefCell::borrow() guard (Ref) held across an await is !Send as well:
// Ref holds a NonNull<T> and a &Cell<isize> borrow counter.
// Expect: NOT Send at `reader(state)`; captured `state` (RefCell<String>: Sync) and held `snapshot`,
// which rustc prints path-qualified as `std::cell::Ref<'_, String>` (leaves NonNull<String>: Send, Cell<isize>: Sync).
use std::cell::RefCell;

async fn reader(state: &'static RefCell<String>) -> usize {
    let snapshot = state.borrow();
    tokio::task::yield_now().await;
    snapshot.len()
}

pub fn start(state: &'static RefCell<String>) {
    tokio::spawn(reader(state));
}
