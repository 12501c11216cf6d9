// Lesson: outer -> middle -> inner async fns; the Rc lives in `inner`. rustc blames the value inside
// the callee (`rc` in inner), not the awaitee in `outer`.
// Expect: NOT Send at `outer()`; held `rc: Rc<u8>` at its line in `inner`; leaf Rc<u8>: Send.
// rustc mentions neither `middle` nor `outer`'s awaitee: no chain at all.
use std::rc::Rc;

async fn inner() -> u8 {
    let rc = Rc::new(1u8);
    tokio::task::yield_now().await;
    *rc
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
