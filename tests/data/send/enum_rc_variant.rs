// Lesson: an enum is !Send if any variant holds a !Send type, whichever variant the value is.
// Expect: NOT Send at `route()`; held `msg: Message` (the Text variant); leaf Rc<str>: Send.
use std::rc::Rc;

pub enum Message {
    Text(String),
    Shared(Rc<str>),
}

async fn route() -> usize {
    let msg = Message::Text(String::from("hi"));
    tokio::task::yield_now().await;
    match msg {
        Message::Text(s) => s.len(),
        Message::Shared(s) => s.len(),
    }
}

pub fn start() {
    tokio::spawn(route());
}
