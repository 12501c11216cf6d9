// Lesson: Cell<T> is Send (it is only !Sync), so an owned Cell held across an await is fine.
// Expect: Send; compiles with no errors.
use std::cell::Cell;

async fn count() -> u32 {
    let hits = Cell::new(0u32);
    hits.set(hits.get() + 1);
    tokio::task::yield_now().await;
    hits.get()
}

pub fn start() {
    tokio::spawn(count());
}
