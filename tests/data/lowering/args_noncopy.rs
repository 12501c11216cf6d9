// Non-Copy arguments: an owned argument with drop glue is saved even if unused after the await; a moved-away one is not.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn sink(v: Vec<u8>) {}

async fn args(used: String, unused: String, moved: Vec<u8>, borrowed: &str) -> usize {
    sink(moved);
    tick().await;
    used.len()
}
