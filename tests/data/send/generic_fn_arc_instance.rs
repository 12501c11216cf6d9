// Lesson: the same generic async fn instantiated with Arc<u8> is Send: a generic future is
// exactly as Send as the arguments it is called with.
use std::sync::Arc;

async fn hold<T: std::fmt::Debug>(value: T) -> String {
    tokio::task::yield_now().await;
    format!("{value:?}")
}

pub fn start() {
    tokio::spawn(hold(Arc::new(1u8)));
}
