// Lesson: `let _ = m.lock().unwrap();` binds nothing: the guard is dropped at once and never
// saved. (rustc's deny-by-default lint `let_underscore_lock` rejects this line, so it is allowed here.)
// Expect: Send; compiles with no errors.
use std::sync::{Arc, Mutex};

#[allow(let_underscore_lock)]
async fn touch(counter: Arc<Mutex<u64>>) {
    let _ = counter.lock().unwrap();
    tokio::task::yield_now().await;
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(touch(counter));
}
