// edition: 2024
// Lesson: even in edition 2024 the `if let` scrutinee's temporaries live through the then-branch,
// so an await there still holds the MutexGuard temporary.
// Expect: NOT Send at `refresh(slot)`; temporary `slot.lock().unwrap()` held across the await.
use std::sync::{Arc, Mutex};

async fn refresh(slot: Arc<Mutex<Option<u32>>>) -> u32 {
    if let Some(v) = *slot.lock().unwrap() {
        tokio::task::yield_now().await;
        v
    } else {
        0
    }
}

pub fn start(slot: Arc<Mutex<Option<u32>>>) {
    tokio::spawn(refresh(slot));
}
