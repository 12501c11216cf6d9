// Lesson: std::sync::RwLockWriteGuard is !Send too.
// Expect: NOT Send at `write_config(cfg)`; held `slot`; leaf std::sync::RwLockWriteGuard<'_, String>: Send.
use std::sync::{Arc, RwLock};

async fn write_config(cfg: Arc<RwLock<String>>) {
    let mut slot = cfg.write().unwrap();
    tokio::task::yield_now().await;
    slot.push('!');
}

pub fn start(cfg: Arc<RwLock<String>>) {
    tokio::spawn(write_config(cfg));
}
