// Integer and float literals: unsuffixed ones default to i32 and f64 unless a later use
// (a call argument, an annotated binding, arithmetic with a typed value) settles them;
// struct literals, tuples and arrays take their fields' types.
#![allow(unused)]

async fn tick() {}

struct Point {
    x: i64,
    y: i64,
}

fn takes_u8(n: u8) -> u8 {
    n
}

pub async fn defaults() -> f64 {
    let count = 3;
    let ratio = 0.5;
    let origin = Point { x: 1, y: 2 };
    let pair = (1, 2.0);
    let zeros = [0; 5];
    tick().await;
    count as f64 * ratio + origin.x as f64 + pair.1 + zeros[0] as f64
}

pub async fn settled_by_use() -> u64 {
    let small = 7;
    let wide = 1;
    let total: u64 = wide + 2;
    let halves = [0.5, 0.25];
    tick().await;
    let narrow: f32 = halves[0];
    takes_u8(small) as u64 + total + wide + narrow as u64
}
