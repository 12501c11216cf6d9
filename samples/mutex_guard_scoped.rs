// std MutexGuard: held across an await vs scoped in a block
//
// A `std::sync::MutexGuard` is !Send: the lock must be released by the thread
// that took it. `bump_held` keeps the guard across the sleep, so its future is
// !Send and `tokio::spawn` refuses it. `bump_scoped` does the same work inside a
// block that ends before the await; the guard is never saved and the future is
// Send.

use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn bump_held(counter: Arc<Mutex<u64>>) {
    let mut guard = counter.lock().unwrap();
    *guard += 1;
    tokio::time::sleep(Duration::from_millis(1)).await; // guard still alive
    *guard += 1;
}

async fn bump_scoped(counter: Arc<Mutex<u64>>) {
    {
        let mut guard = counter.lock().unwrap();
        *guard += 1;
    } // guard dropped here, before the await
    tokio::time::sleep(Duration::from_millis(1)).await;
}

#[tokio::main]
async fn main() {
    let counter = Arc::new(Mutex::new(0));
    tokio::spawn(bump_held(counter.clone())); // error: future is not Send
    tokio::spawn(bump_scoped(counter.clone())); // fine
}
