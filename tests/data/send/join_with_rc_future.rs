// Lesson: tokio::join! with one !Send branch: the joined futures are saved in the macro's
// `futures` local, and the Rc inside `local_branch` makes the whole future !Send.
// Expect: NOT Send at `both()`; rustc blames `rc` inside `local_branch` (held across its await),
// not the join's `futures` local; leaf Rc<u32>: Send.
use std::rc::Rc;

async fn local_branch() -> u32 {
    let rc = Rc::new(1u32);
    tokio::task::yield_now().await;
    *rc
}

async fn send_branch() -> u32 {
    tokio::task::yield_now().await;
    2
}

async fn both() -> u32 {
    let (x, y) = tokio::join!(local_branch(), send_branch());
    x + y
}

pub fn start() {
    tokio::spawn(both());
}
