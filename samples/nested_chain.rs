// Non-Send state deep in a chain of async fns
//
// `serve` awaits `route`, which awaits `render`, and only `render` holds the
// offending value: a std `MutexGuard` across its sleep. Each caller stores the
// future it awaits (its awaitee) in its own state, so `render`'s !Send state
// makes `route`'s future !Send, which makes `serve`'s future !Send. rustc reports
// the error at the outermost spawn and traces it down to `render`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn render(template: Arc<Mutex<String>>) -> usize {
    let text = template.lock().unwrap();
    tokio::time::sleep(Duration::from_millis(1)).await; // guard held here
    text.len()
}

async fn route(template: Arc<Mutex<String>>) -> usize {
    render(template).await + 1
}

async fn serve(template: Arc<Mutex<String>>) -> usize {
    route(template).await * 2
}

#[tokio::main]
async fn main() {
    let template = Arc::new(Mutex::new("<html/>".to_string()));
    let size = tokio::spawn(serve(template)).await.unwrap();
    println!("{size}");
}
