// Lesson: a temporary made earlier in the statement that contains the await (the Ref of
// `log.lines.borrow()`) lives to the end of that statement; rustc blames it by its
// expression text, field path included. The owned RefCell is Send; its Ref is not.
// Expect: NOT Send at `measure(log)`; held the temporary `log.lines.borrow()`.
use std::cell::RefCell;

pub struct Log {
    lines: RefCell<Vec<String>>,
}

async fn extra() -> usize {
    tokio::task::yield_now().await;
    1
}

async fn measure(log: Log) -> usize {
    let n = log.lines.borrow().len() + extra().await;
    n
}

pub fn start(log: Log) {
    tokio::spawn(measure(log));
}
