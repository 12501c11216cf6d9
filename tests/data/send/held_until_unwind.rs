// A value nothing uses after an await is still held across it when only an unwind can drop
// it: before a `panic!`, a call returning `!`, or inside a `loop` without `break`, the
// cleanup path's destructor reads it, so the future keeps it and is not Send. A value moved
// away before the await is not held.
use std::rc::Rc;

async fn step() {}

fn stop() -> ! {
    panic!("stop")
}

fn require_send<T: Send>(_: T) {}

pub async fn panics_after_await() {
    let counter = Rc::new(1);
    step().await;
    panic!("done with {}", 1);
}

pub async fn diverges_after_await() {
    let label = Rc::new("x");
    step().await;
    stop();
}

pub async fn polls_forever() {
    let cache = Rc::new(vec![1u8]);
    loop {
        step().await;
    }
}

pub async fn moved_before_await() {
    let gone = Rc::new(2);
    drop(gone);
    step().await;
    stop();
}

fn main() {
    require_send(panics_after_await());
    require_send(diverges_after_await());
    require_send(polls_forever());
    require_send(moved_before_await());
}
