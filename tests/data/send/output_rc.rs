// Lesson: the future itself is Send (the Rc is created after the last await), but tokio::spawn also
// requires `F::Output: Send`: the future's output `Rc<String>` is rejected.
// Expect: E0277 "`Rc<String>` cannot be sent between threads safely" at `make_name()`, required by
// tokio::spawn's bound `T::Output: Send + 'static`; no cause, leaf Rc<String>: Send.
use std::rc::Rc;

async fn make_name() -> Rc<String> {
    tokio::task::yield_now().await;
    Rc::new(String::from("n"))
}

pub fn start() {
    tokio::spawn(make_name());
}
