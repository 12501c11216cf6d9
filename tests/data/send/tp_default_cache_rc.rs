// Lesson (third-party style): a cache built with `Default::default()` whose type only the
// annotation gives, kept across an await inside a spawned block.
// Expect: NOT Send at the async block; held `cache`; leaf Rc<RefCell<HashMap<u32, String>>>: Send.
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub fn start() {
    tokio::spawn(async {
        let cache: Rc<RefCell<HashMap<u32, String>>> = Default::default();
        tokio::task::yield_now().await;
        cache.borrow_mut().insert(1, String::new());
    });
}
