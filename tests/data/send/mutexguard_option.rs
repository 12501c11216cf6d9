// Lesson: an Option<MutexGuard> is !Send even when it might be None: Send is decided by type.
// Expect: NOT Send at `maybe_bump(counter, true)`; held `slot: Option<std::sync::MutexGuard<'_, u64>>`;
// leaf std::sync::MutexGuard<'_, u64>: Send.
use std::sync::{Arc, Mutex, MutexGuard};

async fn maybe_bump(counter: Arc<Mutex<u64>>, lock_it: bool) {
    let slot: Option<MutexGuard<'_, u64>> = if lock_it { Some(counter.lock().unwrap()) } else { None };
    tokio::task::yield_now().await;
    if let Some(mut g) = slot {
        *g += 1;
    }
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(maybe_bump(counter, true));
}
