// A value whose type Awaitscope's prelude does not model (std::process::Command), held
// across an await: the model says "unknown" for its Send and size; rustc knows both.
pub async fn spawn_later(program: &str) -> usize {
    let command = std::process::Command::new(program);
    tokio::task::yield_now().await;
    command.get_args().count()
}
