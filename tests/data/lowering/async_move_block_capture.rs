// `async move` blocks capture variables as upvars; a borrowing `async` block captures a reference.
#![allow(unused)]
use std::future::Future;

async fn tick() {
    tokio::task::yield_now().await;
}

fn make_job(name: String, retries: u32) -> impl Future<Output = usize> {
    async move {
        for _ in 0..retries {
            tick().await;
        }
        name.len()
    }
}

async fn borrowing() -> usize {
    let words = vec![String::from("a"), String::from("bb")];
    let count = async {
        tick().await;
        words.len()
    }
    .await;
    count + words.len()
}
