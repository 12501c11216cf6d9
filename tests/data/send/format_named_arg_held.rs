// Lesson: a named format argument (`x = rc`) is taken by reference before the arguments after
// it, like a positional one: an await in a later argument holds `rc` and `&rc`.
// Expect: NOT Send at `shows(..)`; held `rc` (Rc<i32>) and the `&Rc<i32>` temporary.
use std::rc::Rc;

async fn step() -> u8 {
    1
}

fn assert_send<T: Send>(_: T) {}

pub async fn shows(rc: Rc<i32>) {
    println!("{x} {y}", x = rc, y = step().await);
}

pub async fn after(rc: Rc<i32>) {
    let s = format!("{y} {x}", y = step().await, x = 1);
    drop(rc);
}

pub fn checks() {
    assert_send(shows(Rc::new(1)));
}
