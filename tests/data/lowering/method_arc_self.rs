// A `self: Arc<Self>` method: the Arc is an owned upvar with drop glue, saved as a local across the await.
#![allow(unused)]
use std::sync::Arc;

async fn tick() {
    tokio::task::yield_now().await;
}

struct Service {
    port: u16,
}

impl Service {
    async fn serve(self: Arc<Self>) -> u16 {
        tick().await;
        self.port
    }

    async fn serve_unused(self: Arc<Self>) -> u16 {
        tick().await;
        0
    }
}
