// Lesson: any bound `F: Future + Send` triggers the same analysis as tokio::spawn; here our own
// `require_send` is the requirer, and no 'static is needed.
// Expect: NOT Send at `job(&counter)`, required by `require_send`; held `guard`
// (std::sync::MutexGuard<'_, i32>).
use std::future::Future;
use std::sync::Mutex;

fn require_send<F: Future + Send>(_f: F) {}

async fn job(counter: &Mutex<i32>) {
    let mut guard = counter.lock().unwrap();
    tokio::task::yield_now().await;
    *guard += 1;
}

pub fn probe() {
    let counter = Mutex::new(0);
    require_send(job(&counter));
}
