// Lesson: Vec<Rc<T>> is !Send through its element type (Vec<T>: Send needs T: Send).
// Expect: NOT Send at `collect()`; held `items: Vec<Rc<String>>`; leaf Rc<String>: Send.
use std::rc::Rc;

async fn collect() -> usize {
    let items: Vec<Rc<String>> = vec![Rc::new(String::from("a"))];
    tokio::task::yield_now().await;
    items.len()
}

pub fn start() {
    tokio::spawn(collect());
}
