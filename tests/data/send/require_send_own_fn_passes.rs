// Lesson: with only `F: Future + Send` (no 'static), a future borrowing a local `&Mutex` is fine:
// &Mutex<i32> is Send because Mutex<i32> is Sync, and the guard is scoped before the await.
// Expect: Send; compiles with no errors.
use std::future::Future;
use std::sync::Mutex;

fn require_send<F: Future + Send>(_f: F) {}

async fn job(counter: &Mutex<i32>) {
    {
        let mut guard = counter.lock().unwrap();
        *guard += 1;
    }
    tokio::task::yield_now().await;
}

pub fn probe() {
    let counter = Mutex::new(0);
    require_send(job(&counter));
}
