// Lesson: a value nobody uses after the await is still saved when its scope only ends after
// the await: its destructor runs there. `marker` is never borrowed, so `drop(marker)` before
// the await (or a block around it) ends it in time.
// Expect: NOT Send at `work(name)`; held `marker`; leaf Rc<usize>: Send.
use std::rc::Rc;

async fn step() {
    tokio::task::yield_now().await;
}

async fn work(label: String) -> usize {
    let marker = Rc::new(label.len());
    step().await;
    label.len()
}

pub fn start(name: String) {
    tokio::spawn(work(name));
}
