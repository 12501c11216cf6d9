// A `mut` binding nested in a pattern (a tuple, `Some(mut w)`, a `for` pattern, `ref mut`) binds a local like any other: saved when it is used after the await.
#![allow(unused)]
async fn tick() {}
fn split(s: String) -> (String, Vec<u8>) { (s, vec![]) }
async fn f(s: String) {
    let (a, mut b) = split(s);
    while let Some(x) = a.chars().next() {
        b.push(x as u8);
        tick().await;
    }
}
async fn g(v: Option<Vec<u8>>) {
    if let Some(mut w) = v {
        tick().await;
        w.push(1);
    }
}
async fn h(pairs: Vec<(u8, String)>) {
    for (n, mut s) in pairs {
        tick().await;
        s.push(n as char);
    }
}
async fn k(mut v: (u8, String)) {
    let (ref n, ref mut s) = v;
    tick().await;
    s.push(*n as char);
}
