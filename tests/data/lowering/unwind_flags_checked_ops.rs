// Which operations may unwind before a move: checked integer arithmetic, negation and indexing do (a flag), float arithmetic, comparisons, bit operations and tuple-variant constructors do not.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn checked(n: u32, m: i32) {
    let s = String::from("a");
    let sum = n + 1;
    drop(s);
    let t = String::from("b");
    let neg = -m;
    drop(t);
    tick().await;
}

async fn unchecked(n: u32, x: f64) {
    let s = String::from("a");
    let bits = n | 2;
    let less = n < 3;
    let half = x * 0.5;
    let wrapped = Some(n);
    drop(s);
    tick().await;
}

async fn indexed(i: usize) {
    let s = String::from("a");
    let table = [1u8; 4];
    let x = table[i];
    drop(s);
    tick().await;
}
