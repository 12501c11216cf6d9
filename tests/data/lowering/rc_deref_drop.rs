// An Rc read through Deref and then dropped before the await is still saved (borrowed earlier); an untouched one is not.
#![allow(unused)]
use std::rc::Rc;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn read_then_drop() -> u32 {
    let shared = Rc::new(5u32);
    let v = *shared;
    drop(shared);
    tick().await;
    v
}

async fn clone_then_drop(source: Rc<u32>) -> u32 {
    let copy = Rc::clone(&source);
    drop(copy);
    tick().await;
    1
}
