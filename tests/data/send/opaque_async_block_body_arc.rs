// Lesson: the same `-> impl Future` fn with an Arc instead of an Rc: the hidden async
// block is Send, so the opaque type is Send too, although its signature says nothing.
// Expect: compiles.
use std::future::Future;
use std::sync::Arc;

fn counter() -> impl Future<Output = u32> {
    async {
        let shared = Arc::new(5u32);
        tokio::task::yield_now().await;
        *shared
    }
}

pub fn start() {
    tokio::spawn(counter());
}
