// Lesson: `tokio::spawn(async move { ... })` capturing an Arc (instead of an Rc) is Send and 'static.
// Expect: Send; compiles with no errors.
use std::sync::Arc;

pub fn start() {
    let shared = Arc::new(vec![1u8, 2, 3]);
    tokio::spawn(async move {
        tokio::task::yield_now().await;
        println!("{}", shared.len());
    });
}
