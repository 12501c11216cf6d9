// Lesson: a `-> impl Future` fn whose `async move` block captures the fn's argument: the
// argument's type decides Send, and rustc blames the captured value inside the block.
// Expect: NOT Send at `echo(Rc::new(String::new()))`; captured or held `text`; leaf Rc<String>: Send.
use std::future::Future;
use std::rc::Rc;

fn echo(text: Rc<String>) -> impl Future<Output = usize> {
    async move {
        tokio::task::yield_now().await;
        text.len()
    }
}

pub fn start() {
    tokio::spawn(echo(Rc::new(String::new())));
}
