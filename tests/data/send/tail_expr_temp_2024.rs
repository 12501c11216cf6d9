// edition: 2024
// Lesson: edition 2024 drops a block's tail-expression temporaries before its locals, so the
// code that edition 2021 rejects with E0597 compiles; an owned RefCell is Send.
// Expect: Send; compiles with no errors (the same code gives E0597 in edition 2021).
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
