// Lesson: the outer -> middle -> inner chain with the Rc scoped inside `inner`: every awaited
// future is Send, so the outermost one is too.
// Expect: Send; compiles with no errors.
use std::rc::Rc;

async fn inner() -> u8 {
    let v = {
        let rc = Rc::new(1u8);
        *rc
    };
    tokio::task::yield_now().await;
    v
}

async fn middle() -> u8 {
    inner().await + 1
}

async fn outer() -> u8 {
    middle().await + 1
}

pub fn start() {
    tokio::spawn(outer());
}
