// Lesson: the fixed version of the RefCell updater: Arc<Mutex<i64>> with the guard scoped after the
// await, spawned from #[tokio::main]; the future is Send and 'static.
// Expect: Send; compiles with no errors.
use std::sync::{Arc, Mutex};

async fn fetch_delta() -> i64 {
    tokio::task::yield_now().await;
    2
}

async fn updater(state: Arc<Mutex<i64>>) {
    let delta = fetch_delta().await;
    *state.lock().unwrap() += delta;
}

#[tokio::main]
async fn main() {
    let state = Arc::new(Mutex::new(0));
    tokio::spawn(updater(state.clone())).await.unwrap();
    println!("{}", *state.lock().unwrap());
}
