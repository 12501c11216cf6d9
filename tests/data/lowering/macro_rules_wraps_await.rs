// A file's own `macro_rules!` whose transcriber writes the `.await` (`wait!(tick())` is
// `tick().await`): rustc expands it before lowering, so the await is a suspension point of
// the body, the awaited call is its awaitee, and the macro's value has the awaited output's type.
#![allow(unused)]

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    1
}

macro_rules! wait {
    ($e:expr) => {
        $e.await
    };
}

macro_rules! twice {
    ($e:expr) => {
        $e.await + $e.await
    };
}

pub async fn wraps() -> u32 {
    let kept = String::from("kept");
    let n = wait!(tick());
    n + kept.len() as u32
}

pub async fn statement_position(name: String) -> usize {
    let count = 3u64;
    wait!(tick());
    name.len() + count as usize
}

pub async fn both_awaits() -> u32 {
    let label = vec![1u8];
    let sum = twice!(tick());
    sum + label.len() as u32
}
