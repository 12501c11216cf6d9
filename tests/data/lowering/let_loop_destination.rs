// let v = loop { .. break value }: the break writes v before the loop body's locals drop, so v and those locals never share bytes; a labelled break from an inner loop writes the outer loop's v.
#![allow(unused)]
async fn tick() {}
async fn break_string() -> String {
    let v = loop {
        let buf = [7u8; 16];
        tick().await;
        if buf[0] == 7 { break String::from_utf8_lossy(&buf).into_owned(); }
    };
    tick().await;
    v
}
async fn labelled(n: usize) -> usize {
    let v = 'outer: loop {
        let a = vec![0u32; n];
        loop {
            let b = String::from("b");
            tick().await;
            if b.len() + a.len() > 0 { break 'outer a.len() + b.len(); }
        }
    };
    tick().await;
    v
}
async fn match_exprs(k: u8) -> u64 {
    let s = String::from("s");
    let v = match k {
        0 => s.len() as u64,
        1 => { let t = [1u64; 3]; tick().await; t[0] + t[2] }
        _ => 9,
    };
    tick().await;
    v
}
async fn match_in_block(k: u8) -> usize {
    let v = {
        let pre = String::from("pre");
        match k {
            0 => { let a = vec![1u16; 2]; tick().await; a.len() + pre.len() }
            _ => pre.len(),
        }
    };
    tick().await;
    v
}
async fn loop_break() -> usize {
    let mut i = 0usize;
    let v = loop {
        let s = String::from("s");
        tick().await;
        i += 1;
        if i > 2 { break s.len() + i; }
    };
    tick().await;
    v
}
fn main() {}
