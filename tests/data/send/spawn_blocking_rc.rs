// Lesson: spawn_blocking needs a Send closure; a closure capturing an Rc fails with a plain E0277
// (not a future error: no await, the captured Rc is inside the closure).
// Expect: error at the spawn_blocking call; leaf Rc<String>: Send; required by `spawn_blocking`
// (rustc's short name); site = the closure `move || name.len()`; no cause, chain "used within this closure".
use std::rc::Rc;

pub fn start() {
    let name = Rc::new(String::from("job"));
    tokio::task::spawn_blocking(move || name.len());
}
