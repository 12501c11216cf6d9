// Lesson: the caller still reads `config` after spawning, so moving it into the future is no
// fix; the borrow must become shared ownership (Arc) or a clone.
// Expect: no Send site; other_errors has E0597 (`config` does not live long enough) at `&config`.
async fn show(config: &String) -> usize {
    tokio::task::yield_now().await;
    config.len()
}

pub fn start() {
    let config = String::from("cfg");
    tokio::spawn(show(&config));
    println!("{config}");
}
