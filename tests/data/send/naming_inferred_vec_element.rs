// Lesson: `Vec::new()` gets its element type from a later `push`; the held Vec is
// named with it (`Vec<Rc<u8>>`) and so is the leaf inside (`Rc<u8>`).
// Expect: NOT Send at `gather()`; held `items`; leaf Rc<u8>: Send.
use std::rc::Rc;

async fn gather() -> usize {
    let mut items = Vec::new();
    items.push(Rc::new(3u8));
    tokio::task::yield_now().await;
    items.len()
}

pub fn start() {
    tokio::spawn(gather());
}
