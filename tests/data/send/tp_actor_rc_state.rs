// Lesson (third-party style, tokio's actor pattern): an actor loop that keeps its state in an
// `Rc<RefCell<_>>` while it awaits `rx.recv()`; spawning it needs a Send future.
// Expect: NOT Send at `actor(rx)`; held `state`; leaf Rc<RefCell<Vec<String>>>: Send.
use std::cell::RefCell;
use std::rc::Rc;
use tokio::sync::mpsc;

async fn actor(mut rx: mpsc::Receiver<String>) -> usize {
    let state = Rc::new(RefCell::new(Vec::new()));
    while let Some(msg) = rx.recv().await {
        state.borrow_mut().push(msg);
    }
    let n = state.borrow().len();
    n
}

pub fn start(rx: mpsc::Receiver<String>) {
    tokio::spawn(actor(rx));
}
