// drop() after a borrow still leaves the guard saved
//
// `record` calls `drop(guard)` before awaiting, which does release the lock, yet
// the future is still !Send. rustc decides what to save from the local's storage,
// not its value: `guard` was borrowed (`push` goes through DerefMut), so its
// slot stays in the state until the end of its scope, together with a drop flag.
// Put the guard in a block that closes before the await instead.

use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn record(log: Arc<Mutex<Vec<String>>>, line: String) {
    let mut guard = log.lock().unwrap();
    guard.push(line);
    drop(guard); // the lock is released here...
    tokio::time::sleep(Duration::from_millis(1)).await; // ...but `guard` is still saved
}

#[tokio::main]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    tokio::spawn(record(log.clone(), "started".to_string()));
}
