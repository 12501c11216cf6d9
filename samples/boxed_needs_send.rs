// FutureExt::boxed() demands Send before any spawn
//
// `futures::FutureExt::boxed` turns a future into `BoxFuture`, a
// `Pin<Box<dyn Future + Send>>`, so it only accepts Send futures. `greet` keeps
// an `Rc` across its await; boxing it fails right at `.boxed()`, with no runtime
// involved. `boxed_local()` gives a `LocalBoxFuture` without that bound, for
// single-threaded executors.

use futures::future::{BoxFuture, FutureExt, LocalBoxFuture};
use std::rc::Rc;

async fn greet(name: Rc<String>) -> usize {
    tokio::task::yield_now().await; // `name` is saved here
    name.len()
}

pub fn boxed(name: Rc<String>) -> BoxFuture<'static, usize> {
    greet(name).boxed() // error: the future is not Send
}

pub fn boxed_local(name: Rc<String>) -> LocalBoxFuture<'static, usize> {
    greet(name).boxed_local() // fine
}
