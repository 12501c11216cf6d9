// Lesson: copying out of a std RwLock read guard in a block before the await keeps the future Send.
// Expect: Send; compiles with no errors.
use std::sync::{Arc, RwLock};

async fn read_config(cfg: Arc<RwLock<String>>) -> usize {
    let len = {
        let view = cfg.read().unwrap();
        view.len()
    };
    tokio::task::yield_now().await;
    len
}

pub fn start(cfg: Arc<RwLock<String>>) {
    tokio::spawn(read_config(cfg));
}
