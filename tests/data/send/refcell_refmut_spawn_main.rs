// Lesson: a RefCell::borrow_mut() guard (RefMut) kept across an await makes the future !Send;
// the captured `&RefCell` is blamed too, because &T is Send only if T: Sync.
// Expect: NOT Send at `updater(&state)` (tokio::spawn in #[tokio::main]);
// leaves RefCell<i64>: Sync (captured `state`), NonNull<i64>: Send and Cell<isize>: Sync (held `guard`).
use std::cell::RefCell;

async fn fetch_delta() -> i64 {
    tokio::task::yield_now().await;
    2
}

async fn updater(state: &RefCell<i64>) {
    let mut guard = state.borrow_mut();
    let delta = fetch_delta().await;
    *guard += delta;
}

#[tokio::main]
async fn main() {
    let state = RefCell::new(0);
    tokio::spawn(updater(&state));
}
