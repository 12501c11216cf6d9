// Editions 2021 and 2024 end temporaries at different times
//
// A temporary lives to the end of its statement, with two exceptions that edition
// 2024 changed. In edition 2021 the `Ref` guard made by `cell.borrow()` in an
// `if let` scrutinee lives through the whole `if let ... else`, so it is alive while
// the else branch awaits; and a block's tail-expression temporary (`{ cell.borrow()
// .len() }`) lives on into the statement around the block, across its await. A `Ref`
// is !Send, so both futures are !Send in 2021. Edition 2024 drops the scrutinee's
// temporaries when the then-branch ends and a tail's before the block's locals: the
// guards are gone before the awaits and both futures spawn. Switch the Edition
// selector in the toolbar and watch Suspend0 change.

use std::cell::RefCell;

async fn reload() -> u32 {
    tokio::task::yield_now().await;
    7
}

async fn echo(n: usize) -> usize {
    tokio::task::yield_now().await;
    n
}

async fn first_or_reload() -> u32 {
    let cell = RefCell::new(vec![1, 2, 3]);
    let value = if let Some(first) = cell.borrow().first() {
        *first
    } else {
        reload().await // 2021: the scrutinee's Ref is still alive here
    };
    value
}

async fn measured() -> usize {
    let cell = RefCell::new(String::from("temporaries"));
    let length = echo({ cell.borrow().len() }).await; // 2021: the tail's Ref lives to the `;`
    length
}

#[tokio::main]
async fn main() {
    let a = tokio::spawn(first_or_reload()).await.unwrap();
    let b = tokio::spawn(measured()).await.unwrap();
    println!("{a} {b}");
}
