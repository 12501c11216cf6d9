// Lesson: futures stored in a tuple and awaited one after the other: the tuple local
// holds both futures; the second is still in it while the first is awaited, so the
// second future's Rc argument makes the caller !Send.
// Expect: NOT Send at `both()`; leaf Rc<u16>: Send.
use std::rc::Rc;

async fn plain(n: u16) -> u16 {
    tokio::task::yield_now().await;
    n
}

async fn shared(rc: Rc<u16>) -> u16 {
    tokio::task::yield_now().await;
    *rc
}

async fn both() -> u16 {
    let pair = (plain(1), shared(Rc::new(2)));
    pair.0.await + pair.1.await
}

pub fn start() {
    tokio::spawn(both());
}
