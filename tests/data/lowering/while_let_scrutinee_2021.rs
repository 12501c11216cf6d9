// A `while let` scrutinee's temporary (a RefMut from `borrow_mut()`) is held across an await in the loop body (edition 2021).
#![allow(unused)]
use std::cell::RefCell;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn drain(queue: &RefCell<Vec<String>>) -> usize {
    let mut seen = 0;
    while let Some(job) = queue.borrow_mut().pop() {
        tick().await;
        seen += job.len();
    }
    seen
}
