// Lesson: RefCell<T> is Send (only !Sync): a RefCell owned by the future, with a borrow_mut()
// statement before the await and a use after it, is fine. Only sharing it (&RefCell) or holding
// its guard across an await breaks Send.
// Expect: Send; compiles with no errors.
use std::cell::RefCell;

async fn tally() -> i64 {
    let cell = RefCell::new(0i64);
    *cell.borrow_mut() += 1;
    tokio::task::yield_now().await;
    let total = *cell.borrow();
    total
}

pub fn start() {
    tokio::spawn(tally());
}
