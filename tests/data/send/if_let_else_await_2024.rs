// edition: 2024
// Lesson: in edition 2024 an `if let` scrutinee's temporaries (here the MutexGuard from
// `slot.lock().unwrap()`) are dropped before the else branch runs.
// Expect: Send; compiles with no errors (the same code fails in edition 2021).
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
