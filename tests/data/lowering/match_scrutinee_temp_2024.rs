// edition: 2024
// A `match` scrutinee's temporary (a RefCell `Ref`) lives to the end of the match, across awaits in the arms (edition 2024: unchanged).
#![allow(unused)]
use std::cell::RefCell;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn inspect(cell: &RefCell<Vec<u32>>) -> u32 {
    match cell.borrow().first() {
        Some(v) => {
            tick().await;
            *v
        }
        None => 0,
    }
}
