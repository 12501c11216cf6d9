// Lesson: the same generic async fn instantiated with Rc<u8> is !Send.
// Expect: NOT Send at `hold(Rc::new(1u8))`. Surprise: rustc names no value (no "used across an await"
// note for `value`): a plain E0277 "`Rc<u8>` cannot be sent between threads safely" with the chain
// "required because it's used within this `async` fn body"; leaf Rc<u8>: Send.
use std::rc::Rc;

async fn hold<T: std::fmt::Debug>(value: T) -> String {
    tokio::task::yield_now().await;
    format!("{value:?}")
}

pub fn start() {
    tokio::spawn(hold(Rc::new(1u8)));
}
