// Lesson: an async fn's tail is coerced to its declared output type, as a plain fn's is:
// `Box<async block>` to `Box<dyn Future + Send>` needs the block to be Send.
// Expect: NOT Send at the tail of boxed_tail() and of pinned_tail(); held `rc`.
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

async fn step() {}

pub async fn boxed_tail() -> Box<dyn Future<Output = ()> + Send> {
    Box::new(async {
        let rc = Rc::new(1);
        step().await;
        drop(rc);
    })
}

pub async fn pinned_tail() -> Pin<Box<dyn Future<Output = u8> + Send>> {
    Box::pin(async {
        let rc = Rc::new(2u8);
        step().await;
        *rc
    })
}
