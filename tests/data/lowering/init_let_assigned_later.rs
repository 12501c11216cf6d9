// Initialisation: a `let x;` assigned only after an await is not saved there; one assigned in one branch is saved where it may be initialised; a moved local re-assigned after an await is saved only once it holds a value again.
#![allow(unused)]
async fn tick() {}
async fn later(c: bool) -> usize {
    let x: String;
    tick().await;
    x = String::from("a");
    tick().await;
    x.len()
}
async fn branch(c: bool) -> usize {
    let y: String;
    if c { y = String::from("b"); tick().await; return y.len(); }
    tick().await;
    y = String::new();
    y.len()
}
async fn reassign() -> usize {
    let mut s = String::from("s");
    drop(s);
    tick().await;
    s = String::from("t");
    tick().await;
    s.len()
}
fn main() {}
