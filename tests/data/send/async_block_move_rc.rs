// Lesson: `tokio::spawn(async move { ... })` capturing an Rc: the async block's captured upvar is blamed,
// and rustc points at the whole spawn call (the async block), not at a named future.
// Expect: NOT Send at the `tokio::spawn(async move {...})` call; captured `shared: Rc<Vec<u8>>`; leaf Rc<Vec<u8>>: Send.
use std::rc::Rc;

pub fn start() {
    let shared = Rc::new(vec![1u8, 2, 3]);
    tokio::spawn(async move {
        tokio::task::yield_now().await;
        println!("{}", shared.len());
    });
}
