// Lesson: an `if let` on a MutexGuard temporary that ends before the await: the temporary is
// dropped at the end of the if-let, so a later await is fine (edition 2021 too).
// Expect: Send; compiles with no errors.
use std::sync::{Arc, Mutex};

async fn refresh(slot: Arc<Mutex<Option<u32>>>) -> u32 {
    let mut seen = 0;
    if let Some(v) = *slot.lock().unwrap() {
        seen = v;
    }
    tokio::task::yield_now().await;
    seen
}

pub fn start(slot: Arc<Mutex<Option<u32>>>) {
    tokio::spawn(refresh(slot));
}
