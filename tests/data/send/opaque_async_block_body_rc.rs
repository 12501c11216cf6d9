// Lesson: a plain fn returning `impl Future` whose body is an async block: that block is
// the future, and an Rc it holds across an await leaks through the opaque type
// (auto traits see through `impl Future`). rustc blames the value inside the block.
// Expect: NOT Send at `counter()`; held `rc`; leaf Rc<u32>: Send.
use std::future::Future;
use std::rc::Rc;

fn counter() -> impl Future<Output = u32> {
    async {
        let rc = Rc::new(5u32);
        tokio::task::yield_now().await;
        *rc
    }
}

pub fn start() {
    tokio::spawn(counter());
}
