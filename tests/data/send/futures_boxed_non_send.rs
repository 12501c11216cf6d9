// Lesson: `.boxed()` itself requires `Self: Send`, so boxing a !Send future fails at the .boxed() call,
// before any spawn.
// Expect: NOT Send at `holder()` (receiver of .boxed()), required by `futures::FutureExt::boxed`; held `rc`;
// leaf Rc<u32> (rustc's help line says `std::marker::Send` here, path-qualified).
use futures::future::BoxFuture;
use futures::FutureExt;
use std::rc::Rc;

async fn holder() -> u32 {
    let rc = Rc::new(1u32);
    tokio::task::yield_now().await;
    *rc
}

pub fn make() -> BoxFuture<'static, u32> {
    holder().boxed()
}
