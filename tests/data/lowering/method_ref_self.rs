// An inherent `&self` method: `self` is an upvar, and a local when used after the await.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Counter {
    hits: u64,
    name: String,
}

impl Counter {
    async fn report(&self) -> u64 {
        tick().await;
        self.hits
    }

    async fn early_only(&self) -> usize {
        let n = self.name.len();
        tick().await;
        n
    }
}
