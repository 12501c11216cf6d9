// Lesson: futures' `poll!(&mut fut)` is an await of a PollOnce that borrows the polled future: a future holding an `Rc` is !Send, so the PollOnce of a reference to it is too, and the outer future that awaits it cannot be spawned.
// Expect: NOT Send at `peek_local()`; the awaitee `poll!(&mut fut)` holds `&mut` a future holding `Rc<u8>`. `peek_shared()` polls an Arc-holding future and is Send; `yield_twice()` only awaits `pending!()` and is Send.
use futures::{pending, poll};
use std::rc::Rc;
use std::sync::Arc;

async fn hold<T>(value: T) -> T {
    tokio::task::yield_now().await;
    value
}

async fn peek_local() -> bool {
    let mut fut = Box::pin(hold(Rc::new(1u8)));
    let first = poll!(&mut fut);
    first.is_ready()
}

async fn peek_shared() -> bool {
    let mut fut = Box::pin(hold(Arc::new(1u8)));
    let first = poll!(&mut fut);
    first.is_ready()
}

async fn yield_twice() -> u8 {
    let n = 1u8;
    pending!();
    pending!();
    n
}

pub fn start() {
    tokio::spawn(peek_local());
    tokio::spawn(peek_shared());
    tokio::spawn(yield_twice());
}
