// Lesson: a future that is Send but borrows a local is rejected for not being 'static:
// borrowck reports E0597 (`config` does not live long enough), not a Send error.
// Expect: no Send site; other_errors has E0597 at `&config`.
async fn show(config: &String) -> usize {
    tokio::task::yield_now().await;
    config.len()
}

pub fn start() {
    let config = String::from("cfg");
    tokio::spawn(show(&config));
}
