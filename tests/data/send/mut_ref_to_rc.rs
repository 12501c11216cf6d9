// Lesson: `&mut T` is Send iff T: Send; a `&mut Rc<T>` argument makes the future !Send.
// Expect: NOT Send at `bump(slot)`; held `slot: &'static mut Rc<u32>`; leaf Rc<u32>: Send.
use std::rc::Rc;

async fn bump(slot: &'static mut Rc<u32>) {
    tokio::task::yield_now().await;
    *slot = Rc::new(**slot + 1);
}

pub fn start(slot: &'static mut Rc<u32>) {
    tokio::spawn(bump(slot));
}
