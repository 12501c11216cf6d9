// Lesson: parking_lot::MutexGuard is !Send (lock_api's GuardNoSend marker); rustc names the
// marker's inner type as the leaf, not the guard.
// Expect: NOT Send at `bump(counter)`; held `guard` of type
// `parking_lot::lock_api::MutexGuard<'_, parking_lot::RawMutex, u64>`; leaf `*mut ()`: Send.
use std::sync::Arc;

async fn bump(counter: Arc<parking_lot::Mutex<u64>>) {
    let mut guard = counter.lock();
    tokio::task::yield_now().await;
    *guard += 1;
}

pub fn start(counter: Arc<parking_lot::Mutex<u64>>) {
    tokio::spawn(bump(counter));
}
