// Lesson: a future kept in a struct field (a generic `Pending<F>`) is part of the struct:
// the struct is Send iff the future is. Awaiting the field moves the future out.
// Expect: NOT Send at `drive()`; leaf Rc<u32>: Send.
use std::rc::Rc;

struct Pending<F> {
    label: &'static str,
    job: F,
}

async fn job(rc: Rc<u32>) -> u32 {
    tokio::task::yield_now().await;
    *rc
}

async fn drive() -> usize {
    let pending = Pending { label: "job", job: job(Rc::new(4)) };
    let value = pending.job.await;
    pending.label.len() + value as usize
}

pub fn start() {
    tokio::spawn(drive());
}
