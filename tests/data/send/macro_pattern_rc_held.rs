// Lesson: a value a macro_rules! match binds (`Poll::Ready(t) => t`, the transcriber's path) has the variant's field type: an `Rc` taken out so and kept across an await makes the future !Send.
// Expect: NOT Send at `hold_ready()`; held `shared: Rc<Vec<u8>>` (used after the await); leaf Rc<Vec<u8>>: Send. `hold_side()` holds only a u32 and is Send.
use std::rc::Rc;
use std::task::Poll;

pub enum Slot {
    Empty,
    Full { side: u32 },
}

macro_rules! ready_or_panic {
    ($e:expr $(,)?) => {
        match $e {
            Poll::Ready(t) => t,
            Poll::Pending => panic!("pending"),
        }
    };
}

macro_rules! side_or_zero {
    ($s:expr) => {
        match $s {
            Slot::Full { side } => side,
            Slot::Empty => 0,
        }
    };
}

fn poll_shared() -> Poll<Rc<Vec<u8>>> {
    Poll::Ready(Rc::new(Vec::new()))
}

async fn hold_ready() -> usize {
    let shared = ready_or_panic!(poll_shared());
    tokio::task::yield_now().await;
    shared.len()
}

async fn hold_side(s: Slot) -> u32 {
    let side = side_or_zero!(s);
    tokio::task::yield_now().await;
    side + 1
}

pub fn start() {
    tokio::spawn(hold_ready());
    tokio::spawn(hold_side(Slot::Full { side: 2 }));
}
