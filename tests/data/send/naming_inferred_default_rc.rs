// Lesson: `Rc::new(Default::default())` has no type until a later use gives it one: read
// into a `let n: u16` after the await, it is an Rc<u16>, and rustc's leaf says so.
// Expect: NOT Send at `narrow()`; held `small`; leaf Rc<u16>: Send.
use std::rc::Rc;

async fn narrow() -> u16 {
    let small = Rc::new(Default::default());
    tokio::task::yield_now().await;
    let n: u16 = *small;
    n
}

pub fn start() {
    tokio::spawn(narrow());
}
