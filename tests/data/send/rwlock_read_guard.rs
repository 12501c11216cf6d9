// Lesson: std::sync::RwLockReadGuard is !Send, just like MutexGuard.
// Expect: NOT Send at `read_config(cfg)`; held `view`; leaf std::sync::RwLockReadGuard<'_, String>: Send.
use std::sync::{Arc, RwLock};

async fn read_config(cfg: Arc<RwLock<String>>) -> usize {
    let view = cfg.read().unwrap();
    tokio::task::yield_now().await;
    view.len()
}

pub fn start(cfg: Arc<RwLock<String>>) {
    tokio::spawn(read_config(cfg));
}
