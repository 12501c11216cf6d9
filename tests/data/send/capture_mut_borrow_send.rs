// Lesson: a capture the body mutates is borrowed mutably (`&mut T`), which is Send when T is Send even if T is not Sync:
// a non-move async block that mutates a Cell, and an async closure called by reference whose body mutates its Cell capture.
// Expect: compiles (both futures are Send).
#![allow(unused)]
use std::cell::Cell;
async fn tick() {}
fn require_send<T: Send>(_: T) {}
async fn block_mutates() {
    let mut c = Cell::new(1u32);
    require_send(async {
        tick().await;
        *c.get_mut() = 2;
    });
}
async fn closure_mutates() {
    let mut c = Cell::new(1u32);
    let mut f = async move || {
        tick().await;
        *c.get_mut() = 4;
    };
    require_send(f());
}
async fn block_assigns() {
    let mut total = Cell::new(0u64);
    require_send(async {
        tick().await;
        total = Cell::new(5);
    });
}
fn main() {}
