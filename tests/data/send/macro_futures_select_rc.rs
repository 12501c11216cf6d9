// Lesson: futures' select! borrows each future it races, and its PollFn holds a `&mut` to each: a raced future holding an `Rc` makes the racing future !Send, though the select! itself names no Rc.
// Expect: NOT Send at `race_local()`, the leaf `Rc<u32>` inside the raced `counted()` future; `race_plain()` races two Send futures and is Send.
use futures::{select, FutureExt};
use std::rc::Rc;

async fn counted() -> u32 {
    let shared = Rc::new(7u32);
    tokio::task::yield_now().await;
    *shared
}

async fn plain() -> u32 {
    tokio::task::yield_now().await;
    1
}

async fn race_local() -> u32 {
    select! {
        a = counted().fuse() => a,
        b = plain().fuse() => b,
    }
}

async fn race_plain() -> u32 {
    select! {
        a = plain().fuse() => a,
        b = plain().fuse() => b,
    }
}

pub fn start() {
    tokio::spawn(race_local());
    tokio::spawn(race_plain());
}
