// An async block inside a method is named after the method (`Client::request::{async block}`); a nested block after the fn too.
#![allow(unused)]
use std::future::Future;

async fn tick() {
    tokio::task::yield_now().await;
}

struct Client {
    base: String,
}

impl Client {
    fn request(&self, path: &str) -> impl Future<Output = usize> + '_ {
        let full = format!("{}{}", self.base, path);
        async move {
            tick().await;
            full.len()
        }
    }
}

async fn layered() -> u32 {
    let outer = async {
        let inner = async {
            tick().await;
            1u32
        };
        inner.await + 1
    };
    outer.await
}
