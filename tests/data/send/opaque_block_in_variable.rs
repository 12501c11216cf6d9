// Lesson: an async block stored in a variable and spawned later is the same future as if
// it were written in the call: its captured Rc makes it !Send, and rustc points at the
// variable passed to tokio::spawn.
// Expect: NOT Send at `job` in `tokio::spawn(job)`; captured `counter`; leaf Rc<u32>: Send.
use std::rc::Rc;

pub fn start() {
    let counter = Rc::new(0u32);
    let job = async move {
        tokio::task::yield_now().await;
        *counter + 1
    };
    tokio::spawn(job);
}
