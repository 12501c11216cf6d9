// Lesson: HashMap<K, V> is !Send when V is !Send.
// Expect: NOT Send at `index()`; held `map: HashMap<u32, Rc<String>>`; leaf Rc<String>: Send.
use std::collections::HashMap;
use std::rc::Rc;

async fn index() -> usize {
    let mut map: HashMap<u32, Rc<String>> = HashMap::new();
    map.insert(1, Rc::new(String::from("one")));
    tokio::task::yield_now().await;
    map.len()
}

pub fn start() {
    tokio::spawn(index());
}
