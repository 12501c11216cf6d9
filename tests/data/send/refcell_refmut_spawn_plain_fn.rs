// Lesson: the same RefMut-across-await future spawned from a plain (non-async) fn;
// the Send check happens at the tokio::spawn call whatever calls it.
// Expect: NOT Send at `updater(state)`; leaves RefCell<u32>: Sync, NonNull<u32>: Send, Cell<isize>: Sync.
use std::cell::RefCell;

async fn fetch_delta() -> u32 {
    tokio::task::yield_now().await;
    3
}

async fn updater(state: &'static RefCell<u32>) {
    let mut guard = state.borrow_mut();
    let delta = fetch_delta().await;
    *guard += delta;
}

pub fn start(state: &'static RefCell<u32>) {
    tokio::spawn(updater(state));
}
