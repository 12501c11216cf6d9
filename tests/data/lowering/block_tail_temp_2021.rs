// A block's tail-expression temporary lives to the end of the enclosing statement, across an await in it (edition 2021).
#![allow(unused)]
use std::cell::RefCell;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn echo(n: usize) -> usize {
    tick().await;
    n
}

async fn tail_in_argument(cell: &RefCell<Vec<u8>>) -> usize {
    let total = echo({ cell.borrow().len() }).await;
    total
}

async fn tail_of_let_block(cell: &RefCell<String>) -> usize {
    let n = {
        let extra = 1;
        cell.borrow().len() + extra
    };
    tick().await;
    n
}
