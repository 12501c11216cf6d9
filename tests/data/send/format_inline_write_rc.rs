// Lesson: `write!(out, "{v}")` uses `v` by reference; inside an `async move` block the Rc is
// captured whole, so the spawned future is not Send. `{{v}}` is an escaped brace, not a use.
// Expect: NOT Send at the tokio::spawn call; captured `v`: Rc<u64>.
use std::fmt::Write;
use std::rc::Rc;

pub fn start() {
    let v = Rc::new(7u64);
    let unused = Rc::new(8u64);
    tokio::spawn(async move {
        let mut out = String::new();
        tokio::task::yield_now().await;
        write!(out, "{v} {{unused}}").unwrap();
        println!("{}", out);
    });
    drop(unused);
}
