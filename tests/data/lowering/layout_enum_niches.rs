// Enums held across an await: Option<&T>, Option<Box<T>>, Option<NonZeroU32> and Option<Vec<T>> fill a niche (no tag); Option<u64>, Option<Option<bool>> and a data-carrying enum take a tag (or a bool's spare values).
#![allow(unused)]
use std::num::NonZeroU32;

async fn tick() {
    tokio::task::yield_now().await;
}

enum Shape {
    Circle(f64),
    Rect(u32, u32),
    Empty,
}

enum Level {
    Low,
    Mid,
    High,
}

async fn niches(value: &u32) -> usize {
    let by_ref: Option<&u32> = Some(value);
    let boxed: Option<Box<u64>> = Some(Box::new(7));
    let id: Option<NonZeroU32> = NonZeroU32::new(3);
    let list: Option<Vec<u8>> = Some(vec![1]);
    tick().await;
    by_ref.is_some() as usize + boxed.is_some() as usize + id.is_some() as usize + list.is_some() as usize
}

async fn tagged() -> usize {
    let count: Option<u64> = Some(3);
    let flag: Option<Option<bool>> = Some(None);
    let shape = Shape::Rect(2, 3);
    let level = Level::Mid;
    let small: Option<Level> = Some(Level::High);
    tick().await;
    let area = match shape {
        Shape::Circle(r) => r as usize,
        Shape::Rect(w, h) => (w * h) as usize,
        Shape::Empty => 0,
    };
    area + count.unwrap_or(0) as usize + flag.is_some() as usize + matches!(level, Level::Mid) as usize + small.is_some() as usize
}
