// Lesson: a non-move async block whose only use of `label` is `println!("{label}")` borrows it
// (format_args! takes a reference), so tokio::spawn rejects the block as not 'static (E0373).
// Expect: E0373 at `async`, borrows `label`.
pub fn start() {
    let label = String::from("tick");
    tokio::spawn(async {
        tokio::task::yield_now().await;
        println!("{label:>8}");
    });
}
