// A `macro_rules!` macro of the file whose arguments hold the awaits: rustc expands it before
// lowering, so the awaits are the body's own suspension points and the locals it mentions are
// saved as if written out (`sum!(a, b)` is `a + b`).
#![allow(unused)]

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    1
}

macro_rules! sum {
    ($a:expr, $b:expr) => {
        $a + $b
    };
}

pub async fn adds() -> u32 {
    let kept = String::from("kept");
    let first = 3u32;
    let total = sum!(first, tick().await);
    total + kept.len() as u32
}
