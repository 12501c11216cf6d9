// Lesson: coercing a future to `Box<dyn Future<Output = ()> + Send>` checks Send at the coercion
// site (no spawn involved).
// Expect: NOT Send at `Box::new(worker())`; no requiring fn (required_by null), chain "required for the
// cast from `Box<impl Future<Output = ()>>` to `Box<(dyn Future<Output = ()> + Send + 'static)>`"; held `rc: Rc<u64>`.
use std::future::Future;
use std::rc::Rc;

async fn worker() {
    let rc = Rc::new(5u64);
    tokio::task::yield_now().await;
    println!("{rc}");
}

pub fn make() -> Box<dyn Future<Output = ()> + Send> {
    Box::new(worker())
}
