// futures' select!/select_biased! (futures-macro): a future written as a path is borrowed where it stands, any other is bound as `_N`; the awaitee is a PollFn whose closure holds one `&mut` per future; `default =>` polls once without an await.
#![allow(unused)]

use futures::{pin_mut, select, select_biased, FutureExt};

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    3
}

async fn label() -> String {
    String::from("label")
}

pub async fn pinned_paths() -> u32 {
    let prefix = String::from("p");
    let first = tick().fuse();
    let second = label().fuse();
    pin_mut!(first, second);
    let n = select! {
        x = first => x,
        s = second => s.len() as u32,
    };
    n + prefix.len() as u32
}

pub async fn bound_expressions() -> usize {
    let kept = vec![4u8, 5];
    let n = select! {
        x = tick().fuse() => x as usize,
        s = Box::pin(label().fuse()) => s.len(),
        complete => 0,
    };
    n + kept.len()
}

pub async fn polled_once() -> u32 {
    let mut boxed = Box::pin(tick().fuse());
    select_biased! {
        x = boxed => x,
        default => tick().await,
    }
}
