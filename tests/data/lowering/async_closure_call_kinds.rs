// Async closure kinds: one whose body moves a capture is AsyncFnOnce (the call consumes it, the body owns the captures); a `move` one over a Copy value, a mutating one (AsyncFnMut) and one with two arguments and two captures borrow them.
#![allow(unused)]
async fn tick() {}
async fn once_only() -> usize {
    let s = String::from("x");
    let f = async || { tick().await; let t = s; t.len() };
    f().await
}
async fn copy_move() -> u64 {
    let n = 5u64;
    let f = async move |k: u64| { tick().await; n + k };
    f(1).await + f(2).await
}
async fn mutating() -> u32 {
    let mut count = 0u32;
    let mut f = async || { tick().await; count += 1; };
    f().await;
    f().await;
    count
}
async fn move_once() -> usize {
    let v = vec![1u8];
    let f = async move || { tick().await; drop(v); 1usize };
    f().await
}
async fn two_caps(a: String, b: u8) -> usize {
    let f = async |x: u16, y: String| { tick().await; a.len() + b as usize + x as usize + y.len() };
    f(1, String::new()).await
}
fn main() {}
