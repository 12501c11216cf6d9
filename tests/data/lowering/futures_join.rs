// `futures::join!` (futures 0.3) awaits one combined future; compare with `futures::future::join`.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn one() -> u8 {
    tick().await;
    1
}

async fn two() -> u16 {
    tick().await;
    2
}

async fn with_macro() -> u32 {
    let (a, b) = futures::join!(one(), two());
    a as u32 + b as u32
}

async fn with_fn() -> u32 {
    let (a, b) = futures::future::join(one(), two()).await;
    a as u32 + b as u32
}
