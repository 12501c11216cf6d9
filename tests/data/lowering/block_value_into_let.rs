// A block whose value flows into a `let`: the block's own locals end with the block, the value lives on in the binding.
#![allow(unused)]
async fn tick() {}
async fn num() -> usize { 3 }
async fn block_value() -> usize {
    let v = {
        let a = String::from("a");
        a.len() + num().await
    };
    tick().await;
    v
}
async fn block_string() -> usize {
    let s = {
        let a = vec![1u32, 2];
        tick().await;
        format!("{}", a.len())
    };
    tick().await;
    s.len()
}
fn main() {}
