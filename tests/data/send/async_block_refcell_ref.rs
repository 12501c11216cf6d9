// Lesson: a non-move async block that uses a `&RefCell` variable captures it by reference;
// the capture is !Send because RefCell is !Sync.
// Expect: NOT Send at the whole `tokio::spawn(async {...})` call; captured `state`, which rustc
// reports with type `&RefCell<i32>` at its use inside the block (not `&&RefCell`); leaf RefCell<i32>: Sync.
use std::cell::RefCell;

pub fn start(state: &'static RefCell<i32>) {
    tokio::spawn(async {
        tokio::task::yield_now().await;
        *state.borrow_mut() += 1;
    });
}
