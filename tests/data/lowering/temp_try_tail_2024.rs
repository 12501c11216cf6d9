// edition: 2024
// A `?` in a block's tail: its ControlFlow is a tail temporary, dropped at the block's end in 2024 (not saved across the await after the block); a `match` on `x?` keeps it through the arms.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn echo(n: usize) -> usize {
    tick().await;
    n
}

fn label() -> Option<String> {
    Some(String::from("a"))
}

async fn tail_of_block() -> Option<usize> {
    let n = { label()?.len() } + echo(1).await;
    Some(n)
}

async fn match_on_try() -> Option<usize> {
    let n = match label()? {
        text => {
            tick().await;
            text.len()
        }
    };
    Some(n)
}
