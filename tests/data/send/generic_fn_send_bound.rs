// Lesson: a generic async fn is checked at each instantiation: `hold::<String>` is Send.
// Expect: Send; compiles with no errors.
async fn hold<T: std::fmt::Debug>(value: T) -> String {
    tokio::task::yield_now().await;
    format!("{value:?}")
}

pub fn start() {
    tokio::spawn(hold(String::from("v")));
}
