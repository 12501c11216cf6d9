// Lesson: a non-move async block borrowing a local, passed to tokio::spawn: the block is Send
// (&String is Send) but not 'static; borrowck reports E0373 (the block may outlive the fn), not a Send error.
// Expect: no Send site; other_errors has E0373 (suggesting `async move`).
pub fn start() {
    let config = String::from("cfg");
    tokio::spawn(async {
        tokio::task::yield_now().await;
        println!("{}", config.len());
    });
}
