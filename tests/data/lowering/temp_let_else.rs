// let-else: the scrutinee's temporaries (a RefCell `Ref`) and the else block's awaits; an await in the scrutinee keeps earlier temporaries.
#![allow(unused)]
use std::cell::RefCell;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn echo(n: usize) -> usize {
    tick().await;
    n
}

async fn else_awaits(c: &RefCell<Vec<u32>>) -> u32 {
    let Some(first) = c.borrow().first().copied() else {
        tick().await;
        return 0;
    };
    first
}

async fn await_in_scrutinee(c: &RefCell<Vec<u32>>) -> u32 {
    let Some(v) = c.borrow().get(echo(0).await).copied() else {
        return 0;
    };
    v
}

async fn after_let_else(c: &RefCell<Vec<u32>>) -> u32 {
    let Some(v) = c.borrow().last().copied() else {
        return 0;
    };
    tick().await;
    v
}
