// Lesson: the RefCell updater fixed: the RefCell is moved into the future (RefCell<i64> is Send),
// and the RefMut is dropped at the end of its block before the next await.
// Expect: Send; compiles with no errors.
use std::cell::RefCell;

async fn fetch_delta() -> i64 {
    tokio::task::yield_now().await;
    2
}

async fn updater(state: RefCell<i64>) -> i64 {
    let delta = fetch_delta().await;
    {
        let mut guard = state.borrow_mut();
        *guard += delta;
    }
    fetch_delta().await;
    state.into_inner()
}

pub fn start() {
    tokio::spawn(updater(RefCell::new(0)));
}
