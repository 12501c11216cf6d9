// Non-async closures whose body moves a capture are FnOnce: calling one moves the closure, so it is not saved across a later await.
#![allow(unused)]
async fn tick() {}
async fn call_before_await() -> usize {
    let s = String::from("x");
    let f = || { let t = s; t.len() };
    let n = f();
    tick().await;
    n
}
async fn move_closure_drop() -> u32 {
    let v = vec![1u8, 2];
    let f = move || { drop(v); 3u32 };
    let k = f();
    tick().await;
    k
}
async fn fn_closure_kept() -> usize {
    let s = String::from("x");
    let f = || s.len();
    let n = f();
    tick().await;
    n + f()
}
async fn fn_closure_borrowed() -> usize {
    let s = String::from("xy");
    let f = || s.len();
    let n = f();
    tick().await;
    n
}
async fn once_in_branch(flag: bool) -> usize {
    let s = String::from("x");
    let f = move || s;
    let mut n = 0;
    if flag { n = f().len(); }
    tick().await;
    n
}
fn main() {}
