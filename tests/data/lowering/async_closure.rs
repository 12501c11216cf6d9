// An async closure `async |x| ...`: its body is a separate future whose upvars are the closure's arguments.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn apply() -> u64 {
    let double = async |x: u64| -> u64 {
        let copy = vec![x; 2];
        tick().await;
        copy[0] + copy[1]
    };
    let a = double(3).await;
    let b = double(a).await;
    b
}
