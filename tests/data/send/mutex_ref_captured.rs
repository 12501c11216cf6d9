// Lesson: `&Mutex<T>` is Send because Mutex<T> is Sync (for T: Send); capturing it is fine,
// unlike `&RefCell<T>` or `&Cell<T>`.
// Expect: Send; compiles with no errors.
use std::sync::Mutex;

async fn bump(counter: &'static Mutex<u32>) {
    tokio::task::yield_now().await;
    *counter.lock().unwrap() += 1;
}

pub fn start(counter: &'static Mutex<u32>) {
    tokio::spawn(bump(counter));
}
