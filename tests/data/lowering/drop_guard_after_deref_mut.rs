// `*g += 1` borrows a std MutexGuard through DerefMut; `drop(g)` before the await still leaves `g` saved; without the borrow it is not.
#![allow(unused)]
use std::sync::Mutex;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn bump_then_drop(counter: &Mutex<u64>) {
    let mut g = counter.lock().unwrap();
    *g += 1;
    drop(g);
    tick().await;
}

async fn lock_then_drop(counter: &Mutex<u64>) {
    let g = counter.lock().unwrap();
    drop(g);
    tick().await;
}
