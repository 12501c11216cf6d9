// `tokio::select!` saves its futures (`futures`, shadowed) and a `disabled` mask across its single await.
#![allow(unused)]
use std::time::Duration;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn first_of(limit: u64) -> &'static str {
    let label = String::from("race");
    let out = tokio::select! {
        _ = tick() => "tick",
        _ = tokio::time::sleep(Duration::from_millis(limit)) => "timeout",
    };
    tick().await;
    if label.is_empty() { "" } else { out }
}
