// Lesson: the thread-safe replacement for &Cell<u32>: &AtomicU32 is Send because AtomicU32 is Sync.
// Expect: Send; compiles with no errors.
use std::sync::atomic::{AtomicU32, Ordering};

async fn count(hits: &'static AtomicU32) {
    tokio::task::yield_now().await;
    hits.fetch_add(1, Ordering::Relaxed);
}

pub fn start(hits: &'static AtomicU32) {
    tokio::spawn(count(hits));
}
