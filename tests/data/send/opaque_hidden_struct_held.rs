// Lesson: a fn returning `impl Future` hides its type, but auto traits leak through it: the
// opaque type is Send exactly when the hidden type is. Here the hidden type is a hand-written
// future holding an `Rc`, so holding the opaque future across an await makes the caller !Send.
// Expect: not Send (the held `pending`, leaf `Rc<u16>`).
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

struct Counted {
    shared: Rc<u16>,
}

impl Future for Counted {
    type Output = u16;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u16> {
        Poll::Ready(*self.shared)
    }
}

fn counted() -> impl Future<Output = u16> {
    Counted { shared: Rc::new(7) }
}

async fn settle() {}

async fn consume() {
    let pending = counted();
    settle().await;
    drop(pending);
}

fn main() {
    tokio::spawn(consume());
}
