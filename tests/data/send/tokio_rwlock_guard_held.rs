// Lesson: tokio::sync::RwLockWriteGuard is Send (for T: Send + Sync): holding it across an await is fine.
// Expect: Send; compiles with no errors.
use std::sync::Arc;
use tokio::sync::RwLock;

async fn append(log: Arc<RwLock<Vec<String>>>) {
    let mut entries = log.write().await;
    tokio::task::yield_now().await;
    entries.push(String::from("done"));
}

pub fn start(log: Arc<RwLock<Vec<String>>>) {
    tokio::spawn(append(log));
}
