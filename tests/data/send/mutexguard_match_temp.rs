// Lesson: a match scrutinee's temporaries live to the end of the match, so the guard
// temporary from `counter.lock().unwrap()` is held across the await inside an arm.
// Expect: NOT Send at `check(counter)`; the blamed "variable" is the temporary expression
// `counter.lock().unwrap()` (is_temporary); leaf std::sync::MutexGuard<'_, u64>: Send.
use std::sync::{Arc, Mutex};

async fn check(counter: Arc<Mutex<u64>>) {
    match *counter.lock().unwrap() {
        0 => tokio::task::yield_now().await,
        _ => {}
    }
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(check(counter));
}
