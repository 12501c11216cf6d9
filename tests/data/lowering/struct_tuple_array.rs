// Struct literals, tuples and arrays held across an await are saved whole, as one local each.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Point {
    x: i32,
    y: i32,
    label: String,
}

async fn aggregates() -> i32 {
    let p = Point { x: 1, y: 2, label: String::from("p") };
    let pair = (3i32, String::from("two"));
    let grid = [[0i32; 3]; 3];
    let (left, right) = (10i32, 20i32);
    tick().await;
    p.x + p.y + pair.0 + grid[1][1] + left
}
