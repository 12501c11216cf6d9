// Lesson: every argument of an async fn is moved into its future when it is called, so an
// Rc in either one makes the instance !Send; rustc names the leaf, not the parameter.
use std::rc::Rc;

async fn pair<A: std::fmt::Debug, B: std::fmt::Debug>(first: A, second: B) -> String {
    tokio::task::yield_now().await;
    format!("{first:?} {second:?}")
}

pub fn start() {
    tokio::spawn(pair(7u32, Rc::new(String::from("x"))));
}
