// Lesson: a non-move async block that reads a Copy value (`limit: u64`) only copies it, so
// rustc captures it by reference: the block borrows `limit` and tokio::spawn rejects it (E0373).
// Expect: E0373 at `async`, borrows `limit`.
pub fn start() {
    let limit: u64 = 10;
    tokio::spawn(async {
        tokio::task::yield_now().await;
        let doubled = limit * 2;
        println!("{}", doubled);
    });
}
