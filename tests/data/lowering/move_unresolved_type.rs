// A value whose type the analyzer may not resolve (a library type reached through an unannotated call), moved before the await: a move ends it whatever the type; a Copy one is kept only when used later.
#![allow(unused)]
use std::collections::BTreeMap;

async fn tick() {
    tokio::task::yield_now().await;
}

fn take<T>(value: T) -> usize {
    std::mem::size_of_val(&value)
}

async fn moved_into_call() -> usize {
    let stamp = std::time::SystemTime::now();
    let builder = std::thread::Builder::new();
    let n = take(builder);
    tick().await;
    n
}

async fn moved_then_awaited() -> usize {
    let pending = futures::future::ready(5usize);
    let value = pending.await;
    tick().await;
    value
}

async fn copy_used_after() -> u128 {
    let instant = std::time::Instant::now();
    let n = take(instant);
    tick().await;
    instant.elapsed().as_nanos() + n as u128
}

async fn moved_map() -> usize {
    let index = BTreeMap::from([(1u8, 2u8)]);
    let n = take(index);
    tick().await;
    n
}
