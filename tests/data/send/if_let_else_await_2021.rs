// Lesson: in edition 2021 an `if let` scrutinee's temporaries (here the MutexGuard from
// `slot.lock().unwrap()`) live to the end of the whole if-let, else-branch included.
// Expect: NOT Send at `refresh(slot)`; temporary `slot.lock().unwrap()` held across the await in the else branch.
use std::sync::{Arc, Mutex};

async fn refresh(slot: Arc<Mutex<Option<u32>>>) -> u32 {
    if let Some(v) = *slot.lock().unwrap() {
        v
    } else {
        tokio::task::yield_now().await;
        0
    }
}

pub fn start(slot: Arc<Mutex<Option<u32>>>) {
    tokio::spawn(refresh(slot));
}
