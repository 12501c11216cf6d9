// Lesson: spawn_blocking with a closure capturing an Arc<String> is fine: the closure is Send.
// Expect: Send; compiles with no errors.
use std::sync::Arc;

pub fn start() {
    let name = Arc::new(String::from("job"));
    tokio::task::spawn_blocking(move || name.len());
}
