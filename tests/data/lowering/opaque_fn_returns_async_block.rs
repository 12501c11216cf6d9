// A plain fn returning `impl Future` whose body ends in an async block: that block is the
// future (named after the fn), its upvars are what it captures; a caller that keeps the
// returned future across an await saves it whole, and awaits it as its awaitee.
#![allow(unused)]

use std::future::Future;

async fn tick() {}

fn counter(start: u32) -> impl Future<Output = u32> {
    async move {
        let mut n = start;
        tick().await;
        n += 1;
        n
    }
}

fn labelled(label: String) -> impl Future<Output = usize> + Send {
    let extra = label.len();
    async move {
        tick().await;
        label.len() + extra
    }
}

pub async fn caller() -> usize {
    let fut = counter(1);
    tick().await;
    let n = fut.await;
    n as usize + labelled(String::new()).await
}
