// Lesson: an async fn that takes `&str` keeps the borrow inside its future; spawning it with
// `&name` of a local String is rejected for the borrow, not for Send.
// Expect: no Send site; other_errors has E0597 (`name` does not live long enough) at `&name`.
// Awaitscope's fix: take `name: String` and pass `name` (the future owns it).
async fn greet(name: &str) -> usize {
    tokio::task::yield_now().await;
    println!("hello {name}");
    name.len()
}

pub fn start() {
    let name = String::from("ada");
    tokio::spawn(greet(&name));
}
