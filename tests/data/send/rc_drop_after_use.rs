// Lesson: `drop(rc)` before the await does not help once `rc` was borrowed (`*rc`):
// its storage stays live to the end of the scope, so the future still holds it.
// Expect: NOT Send at `worker()`; held `rc: Rc<u32>`; leaf Rc<u32>: Send.
use std::rc::Rc;

async fn step() -> u32 {
    tokio::task::yield_now().await;
    1
}

async fn worker() -> u32 {
    let rc = Rc::new(7u32);
    let v = *rc;
    drop(rc);
    let b = step().await;
    v + b
}

pub fn start() {
    tokio::spawn(worker());
}
