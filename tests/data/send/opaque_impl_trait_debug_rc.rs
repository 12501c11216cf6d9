// Lesson: `-> impl Debug` says nothing about Send, yet the caller's future is !Send when the
// hidden type is an `Rc`: the opaque type leaks the auto traits of what the body returns.
// Expect: not Send (the held `label`, leaf `Rc<String>`).
use std::fmt::Debug;
use std::rc::Rc;

fn tag() -> impl Debug {
    Rc::new(String::from("job"))
}

async fn flush() {}

async fn report() {
    let label = tag();
    flush().await;
    println!("{:?}", label);
}

fn main() {
    tokio::spawn(report());
}
