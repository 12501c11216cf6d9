// Lesson: edition 2021: the temporaries of a block's tail expression (`cell.borrow()`, a Ref) are
// dropped after the block's locals, so the Ref outlives `cell`. Nothing to do with Send: borrowck
// rejects it with E0597 (`cell` does not live long enough). Edition 2024 accepts the same code.
// Expect: no Send site; other_errors has E0597 at the tail expression.
use std::cell::RefCell;

async fn tally() -> i64 {
    let cell = RefCell::new(0i64);
    *cell.borrow_mut() += 1;
    tokio::task::yield_now().await;
    *cell.borrow()
}

pub fn start() {
    tokio::spawn(tally());
}
