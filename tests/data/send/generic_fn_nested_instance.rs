// Lesson: a generic async fn awaited inside a spawned block carries its argument's type:
// instantiated with Rc<u8>, the outer future is !Send.
use std::rc::Rc;

async fn hold<T: std::fmt::Debug>(value: T) -> String {
    tokio::task::yield_now().await;
    format!("{value:?}")
}

pub fn start() {
    tokio::spawn(async {
        let text = hold(Rc::new(1u8)).await;
        println!("{text}");
    });
}
