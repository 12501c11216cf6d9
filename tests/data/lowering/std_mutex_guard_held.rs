// A std MutexGuard held across an await is saved (compiles here: the future is never spawned); a scoped guard is not.
#![allow(unused)]
use std::sync::Mutex;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn held(m: &Mutex<Vec<u32>>) -> usize {
    let guard = m.lock().unwrap();
    tick().await;
    guard.len()
}

async fn scoped(m: &Mutex<Vec<u32>>) -> usize {
    let n = {
        let guard = m.lock().unwrap();
        guard.len()
    };
    tick().await;
    n
}
