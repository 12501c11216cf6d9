// An awaited async block or closure-made block has the output type its body gives (one inference per fn), so the value it yields is typed when saved.
#![allow(unused)]
async fn tick() {}
async fn block_output() -> u8 {
    let fut = async { 5u8 };
    let x = fut.await;
    tick().await;
    x
}
async fn closure_block_output() -> usize {
    let make = || async { tick().await; String::from("abc") };
    let s = make().await;
    tick().await;
    s.len()
}
async fn inline_block() -> u64 {
    let v = async { vec![1u64, 2] }.await;
    tick().await;
    v.iter().sum()
}
fn main() {}
