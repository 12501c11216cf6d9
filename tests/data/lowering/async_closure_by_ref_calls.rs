// Async closures called by reference (AsyncFn): the closure value holds its captures and stays borrowed; each call's body future takes its arguments and borrows the captures as `_ref__NAME`. A closure returning an async block for comparison.
#![allow(unused)]
async fn tick() {}
async fn use_closure() -> usize {
    let name = String::from("n");
    let f = async |k: usize| { tick().await; k + name.len() };
    f(1).await + f(2).await
}
async fn returns_block() -> usize {
    let data = vec![1u64, 2, 3];
    let g = || async { tick().await; 4usize };
    let n = g().await;
    tick().await;
    n + data.len()
}
async fn move_closure() -> usize {
    let v = vec![String::new()];
    let f = async move |x: u8| { tick().await; v.len() + x as usize };
    f(3).await
}
fn main() {}
