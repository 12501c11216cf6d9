// edition: 2024
// An `if let` scrutinee's temporary lives only through the then-branch, not the else branch (edition 2024).
#![allow(unused)]
use std::cell::RefCell;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn then_branch(cell: &RefCell<Vec<u32>>) -> u32 {
    if let Some(v) = cell.borrow().first() {
        tick().await;
        *v
    } else {
        0
    }
}

async fn else_branch(cell: &RefCell<Option<u32>>) -> u32 {
    if let Some(v) = *cell.borrow() {
        v
    } else {
        tick().await;
        1
    }
}
