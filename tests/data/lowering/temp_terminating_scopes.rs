// Terminating scopes: the operands of `&&`/`||`, an `if` condition and a `while` condition drop their temporaries before what follows; an ordinary operand keeps them to the statement's end.
#![allow(unused)]
use std::cell::RefCell;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn flag(b: bool) -> bool {
    tick().await;
    b
}

async fn echo(n: usize) -> usize {
    tick().await;
    n
}

async fn and_operand(c: &RefCell<Vec<u8>>) -> bool {
    let ok = c.borrow().is_empty() && flag(true).await;
    ok
}

async fn or_operand(c: &RefCell<Vec<u8>>) -> bool {
    c.borrow().is_empty() || flag(false).await
}

async fn if_condition(c: &RefCell<Vec<u8>>) {
    if c.borrow().is_empty() {
        tick().await;
    }
}

async fn while_condition(c: &RefCell<Vec<u8>>) {
    while c.borrow().len() < 3 {
        tick().await;
        c.borrow_mut().push(1);
    }
}

async fn plus_operand(c: &RefCell<Vec<u8>>) -> usize {
    let n = c.borrow().len() + echo(1).await;
    n
}
