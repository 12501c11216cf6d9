// Lesson: an Rc moved into drop() without ever being borrowed is not saved across the await.
// Expect: Send; compiles with no errors.
use std::rc::Rc;

async fn step() -> u32 {
    tokio::task::yield_now().await;
    1
}

async fn worker() -> u32 {
    let rc = Rc::new(7u32);
    drop(rc);
    step().await
}

pub fn start() {
    tokio::spawn(worker());
}
