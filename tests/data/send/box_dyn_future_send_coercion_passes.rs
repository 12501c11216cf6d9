// Lesson: the coercion to `Box<dyn Future<Output = ()> + Send>` succeeds for a Send future (Arc instead of Rc).
// Expect: Send; compiles with no errors.
use std::future::Future;
use std::sync::Arc;

async fn worker() {
    let shared = Arc::new(5u64);
    tokio::task::yield_now().await;
    println!("{shared}");
}

pub fn make() -> Box<dyn Future<Output = ()> + Send> {
    Box::new(worker())
}
