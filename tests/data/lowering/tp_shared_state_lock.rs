// Third-party style (tokio tutorial's shared state): an `Arc<tokio::sync::Mutex<HashMap>>`
// locked across an await, and a std Mutex locked in a block that ends before the await.
#![allow(unused)]
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

async fn tick() {
    tokio::task::yield_now().await;
}

pub async fn insert_async(db: Arc<tokio::sync::Mutex<HashMap<String, u32>>>, key: String) {
    let mut map = db.lock().await;
    tick().await;
    map.insert(key, 1);
}

pub async fn bump_sync(db: Arc<Mutex<HashMap<String, u32>>>, key: &str) -> u32 {
    let value = {
        let mut map = db.lock().unwrap();
        let slot = map.entry(key.to_string()).or_insert(0);
        *slot += 1;
        *slot
    };
    tick().await;
    value
}
