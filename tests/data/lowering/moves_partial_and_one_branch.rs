// Moves: a partly moved struct or tuple keeps its other fields saved; a value moved in one branch only stays saved (maybe-moved, with a drop flag).
#![allow(unused)]
async fn tick() {}
struct Pair { a: String, b: String }
async fn partial() -> usize {
    let p = Pair { a: String::new(), b: String::new() };
    drop(p.a);
    tick().await;
    p.b.len()
}
async fn one_branch(c: bool) {
    let s = String::from("x");
    if c { drop(s); }
    tick().await;
}
async fn tuple_partial() -> usize {
    let t = (String::new(), vec![1u8]);
    let v = t.1;
    tick().await;
    t.0.len() + v.len()
}
fn main() {}
