// Implicit borrows: `s += &t` (AddAssign), `v.push(v.len())` (two-phase borrow), `v.push(f().await)` (the autoref held across the await), `&v[0]` (Index) held across an await.
#![allow(unused)]
async fn tick() {}
async fn num() -> usize { 3 }
async fn ops() -> usize {
    let mut s = String::from("a");
    let t = String::from("b");
    s += &t;
    tick().await;
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(num().await);
    s.len() + v[0]
}
async fn index_across() -> u8 {
    let v = vec![1u8, 2];
    let r = &v[0];
    tick().await;
    *r
}
fn main() {}
