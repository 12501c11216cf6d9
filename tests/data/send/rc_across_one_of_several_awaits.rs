// Lesson: an Rc created between awaits is saved only in the states where it is alive;
// rustc blames the first await it is held across.
// Expect: NOT Send at `worker()`; held `rc: Rc<u32>` across the second await; leaf Rc<u32>: Send.
use std::rc::Rc;

async fn step() -> u32 {
    tokio::task::yield_now().await;
    1
}

async fn worker() -> u32 {
    let a = step().await;
    let rc = Rc::new(a);
    let b = step().await;
    let c = step().await;
    *rc + b + c
}

pub fn start() {
    tokio::spawn(worker());
}
