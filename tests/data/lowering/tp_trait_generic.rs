// Third-party style: an async fn in a trait awaited through a generic parameter; rustc lays out
// the caller per instance it is used with (`run::<Disk>` holds Disk's future).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

pub trait Fetch {
    async fn fetch(&self, key: u32) -> String;
}

pub struct Disk {
    root: String,
}

impl Fetch for Disk {
    async fn fetch(&self, key: u32) -> String {
        let path = format!("{}/{}", self.root, key);
        tick().await;
        path
    }
}

async fn run<F: Fetch>(source: F) -> usize {
    let first = source.fetch(1).await;
    tick().await;
    first.len()
}

pub async fn main_loop() -> usize {
    run(Disk { root: String::from("/tmp") }).await
}
