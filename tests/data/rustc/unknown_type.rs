// A value whose type Awaitscope's prelude does not model (std::thread::Builder), held
// across an await: the model says "unknown" for its Send and size; rustc knows both.
pub async fn spawn_later(name: &str) -> usize {
    let builder = std::thread::Builder::new();
    tokio::task::yield_now().await;
    builder.name(name.to_string()).spawn(|| 1).map(|h| h.join().unwrap_or(0)).unwrap_or(0)
}
