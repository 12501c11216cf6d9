// parking_lot guard across an await
//
// parking_lot's `MutexGuard` is a lock_api guard whose raw lock picks the marker
// `GuardNoSend`, a wrapper around `*mut ()`. Keeping it across an await makes
// the future !Send, and rustc's leaf is that raw pointer rather than the guard's
// name. As with std's Mutex, end the guard's block before awaiting; parking_lot
// has no async lock.

use std::sync::Arc;
use std::time::Duration;

async fn bump(hits: Arc<parking_lot::Mutex<u64>>) -> u64 {
    let mut count = hits.lock(); // no Result: parking_lot does not poison
    *count += 1;
    tokio::time::sleep(Duration::from_millis(1)).await; // `count` still alive
    *count
}

#[tokio::main]
async fn main() {
    let hits = Arc::new(parking_lot::Mutex::new(0));
    let n = tokio::spawn(bump(hits.clone())).await.unwrap();
    println!("{n}");
}
