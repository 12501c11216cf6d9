// Lesson: an Rc moved into a plain function call before the await (never borrowed) is not saved.
// Expect: Send; compiles with no errors.
use std::rc::Rc;

fn consume(rc: Rc<String>) -> usize {
    rc.len()
}

async fn worker() -> usize {
    let rc = Rc::new(String::from("abc"));
    let n = consume(rc);
    tokio::task::yield_now().await;
    n
}

pub fn start() {
    tokio::spawn(worker());
}
