// let v = match k { .. }: each arm writes v before its own locals drop (rustc's expr_into_dest), so v and the arms' locals never share bytes.
#![allow(unused)]
async fn tick() {}
async fn match_arms(k: u8) -> usize {
    let v = match k {
        0 => { let a = String::from("a"); tick().await; a.len() }
        _ => { let b = vec![1u8; 3]; tick().await; b.len() }
    };
    tick().await;
    v
}
async fn match_string(k: u8) -> String {
    let v = match k {
        0 => { let a = [0u64; 4]; tick().await; format!("{}", a[3]) }
        _ => String::new(),
    };
    tick().await;
    v
}
fn main() {}
