// Third-party style (futures docs): a stream consumed with `StreamExt::next` in a `while let`,
// `future::ready` awaited, and a boxed future stored in a local before it is awaited.
#![allow(unused)]
use futures::future::{self, BoxFuture, FutureExt};
use futures::stream::{self, StreamExt};

async fn tick() {}

pub async fn drain() -> u32 {
    let mut items = stream::iter(vec![1u32, 2, 3]);
    let mut sum = 0;
    while let Some(x) = items.next().await {
        sum += x;
        tick().await;
    }
    sum + future::ready(4u32).await
}

pub async fn boxed(label: String) -> usize {
    let fut: BoxFuture<'static, usize> = async move { label.len() }.boxed();
    tick().await;
    fut.await
}
