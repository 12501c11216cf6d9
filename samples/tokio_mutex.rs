// tokio::sync::Mutex held across an await
//
// The guard of tokio's async Mutex is only a reference to the mutex, and it is
// Send when the protected data is Send. Holding it across an await is allowed,
// so this future can be spawned: the lock simply stays taken while the task
// sleeps, and other tasks wait for it asynchronously instead of blocking a
// thread.

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;

async fn append(log: Arc<Mutex<Vec<String>>>, line: String) -> usize {
    let mut entries = log.lock().await;
    tokio::time::sleep(Duration::from_millis(1)).await; // guard held: still Send
    entries.push(line);
    entries.len()
}

#[tokio::main]
async fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let n = tokio::spawn(append(log.clone(), "hello".to_string())).await.unwrap();
    println!("{n} entries");
}
