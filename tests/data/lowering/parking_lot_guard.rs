// A parking_lot MutexGuard held across an await is saved like a std guard; locking in a statement temporary is not.
#![allow(unused)]
use parking_lot::Mutex;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn hold(m: &Mutex<u32>) -> u32 {
    let g = m.lock();
    tick().await;
    *g
}

async fn statement_lock(m: &Mutex<u32>) -> u32 {
    *m.lock() += 1;
    tick().await;
    0
}
