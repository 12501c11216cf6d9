// A struct-like enum variant's literal has its enum's type: holding one whose payload is
// an `Rc` across an await makes the future not Send.
use std::rc::Rc;

enum Message {
    Data { payload: Rc<String> },
    Quit,
}

async fn pause() {}

fn require_send<T: Send>(_: T) {}

pub async fn holds_message() {
    let message = Message::Data { payload: Rc::new(String::from("x")) };
    pause().await;
    if let Message::Data { payload } = message {
        drop(payload);
    }
}

fn main() {
    let _ = Message::Quit;
    require_send(holds_message());
}
