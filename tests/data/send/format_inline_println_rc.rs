// Lesson: `println!("{name}")` uses `name` (an inline format argument), so the `async move`
// block captures the Rc even though no other code mentions it: the spawned future is not Send.
// Expect: NOT Send at the tokio::spawn call; captured `name`: Rc<String>.
use std::rc::Rc;

pub fn start() {
    let name = Rc::new(String::from("worker"));
    tokio::spawn(async move {
        tokio::task::yield_now().await;
        println!("{name}");
    });
}
