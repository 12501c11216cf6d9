// RefCell guards: a RefMut held across an await is saved; one dropped by a statement-level temporary is not.
#![allow(unused)]
use std::cell::RefCell;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn hold_refmut(cell: &RefCell<i64>) {
    let mut slot = cell.borrow_mut();
    *slot += 1;
    tick().await;
}

async fn statement_temp(cell: &RefCell<i64>) {
    *cell.borrow_mut() += 1;
    tick().await;
}

async fn read_guard(cell: &RefCell<Vec<i64>>) -> i64 {
    let view = cell.borrow();
    let first = view[0];
    tick().await;
    first
}
