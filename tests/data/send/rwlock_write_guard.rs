// Lesson: a std::sync::RwLockWriteGuard held across an await is !Send like the read guard;
// tokio's RwLock (write().await) gives a guard that may cross the await.
// Expect: NOT Send at `append(log)`; held `entries`; leaf std::sync::RwLockWriteGuard<'_, Vec<String>>: Send.
use std::sync::{Arc, RwLock};

async fn append(log: Arc<RwLock<Vec<String>>>) -> usize {
    let mut entries = log.write().unwrap();
    entries.push(String::from("start"));
    tokio::task::yield_now().await;
    entries.push(String::from("end"));
    entries.len()
}

pub fn start(log: Arc<RwLock<Vec<String>>>) {
    tokio::spawn(append(log));
}
