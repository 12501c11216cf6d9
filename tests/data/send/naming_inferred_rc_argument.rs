// Lesson: an Rc's argument is whatever inference settles on, not the literal's default:
// `Rc::new(7)` later passed on as a u64 is an Rc<u64>, and `Rc::new(1)` read into a
// `let n: u16` is an Rc<u16>. rustc's leaf names the inferred type.
// Expect: NOT Send at `widen()` (leaf Rc<u64>) and at `narrow()` (leaf Rc<u16>).
use std::rc::Rc;

fn wide(x: u64) -> u64 {
    x * 2
}

async fn widen() -> u64 {
    let shared = Rc::new(7);
    tokio::task::yield_now().await;
    wide(*shared)
}

async fn narrow() -> u16 {
    let small = Rc::new(1);
    tokio::task::yield_now().await;
    let n: u16 = *small;
    n
}

pub fn start_wide() {
    tokio::spawn(widen());
}

pub fn start_narrow() {
    tokio::spawn(narrow());
}
