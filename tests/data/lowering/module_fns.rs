// Async fns in modules are named with their module path (`net::fetch`, `net::proto::decode`).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

mod net {
    pub async fn fetch(url: String) -> usize {
        super::tick().await;
        url.len()
    }

    pub mod proto {
        pub async fn decode(bytes: Vec<u8>) -> u8 {
            crate::tick().await;
            bytes[0]
        }
    }
}
