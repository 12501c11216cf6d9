// Lesson: `let g = m.lock().unwrap(); drop(g);` with no use of `g` in between: the guard is moved
// out before the await and was never borrowed, so it is not saved.
// Expect: Send; compiles with no errors.
use std::sync::{Arc, Mutex};

async fn touch(counter: Arc<Mutex<u64>>) {
    let guard = counter.lock().unwrap();
    drop(guard);
    tokio::task::yield_now().await;
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(touch(counter));
}
