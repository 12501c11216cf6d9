// An async block spawned from main
//
// An `async move { .. }` block is a future like any async fn: every variable it
// captures becomes part of its state, and stays there across each await inside
// it. This block captures an `Rc`, so the future is !Send and `tokio::spawn`
// rejects it; rustc names "future created by async block". Capturing an `Arc`
// instead makes the block Send.

use std::rc::Rc;
use std::time::Duration;

struct Config {
    name: String,
}

#[tokio::main]
async fn main() {
    let config = Rc::new(Config { name: "worker".to_string() });
    let task = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(1)).await;
        println!("{} done", config.name); // `config` lived across the sleep
    });
    task.await.unwrap();
}
