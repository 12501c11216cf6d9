// A macro imported by a block's own `use` (`use futures::poll;` inside a fn), and a file-level import seen from a block that declares items: rustc looks in the innermost block's scope first, then outward.
#![allow(unused)]

use futures::{select, FutureExt};

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    2
}

pub async fn polled_in_block() -> usize {
    use futures::poll;
    let note = String::from("n");
    let ready = poll!(Box::pin(tick())).is_ready();
    note.len() + ready as usize
}

pub async fn select_beside_local_items() -> u32 {
    struct Step;
    impl Step {
        const BY: u32 = 1;
    }
    let mut count = 4u32;
    select! {
        _ = tick().fuse() => { count += Step::BY; },
        t = tick().fuse() => { count += t; },
    }
    count
}
