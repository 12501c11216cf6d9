// A macro_rules! expansion's patterns name enum variants by paths the transcriber writes
// (`Poll::Ready(t)`, `Shape::Square { side }`, `$crate`-style `self::Level::High(n)`): the
// binding takes the variant's field type, as the same pattern written in the file would.
#![allow(unused)]
use std::task::Poll;

pub enum Shape {
    Circle(f64),
    Square { side: u32 },
}

pub enum Level {
    Low,
    High(String),
}

macro_rules! ready_or_panic {
    ($e:expr $(,)?) => {
        match $e {
            Poll::Ready(t) => t,
            Poll::Pending => panic!("pending"),
        }
    };
}

macro_rules! side_of {
    ($s:expr) => {
        match $s {
            Shape::Square { side } => side,
            Shape::Circle(_) => 0,
        }
    };
}

macro_rules! high_or {
    ($l:expr, $d:expr) => {
        match $l {
            self::Level::High(n) => n,
            self::Level::Low => $d,
        }
    };
}

fn poll_name() -> Poll<String> {
    Poll::Ready(String::from("name"))
}

fn poll_pair() -> Poll<(u64, Vec<u8>)> {
    Poll::Ready((1, Vec::new()))
}

async fn tick() {
    tokio::task::yield_now().await;
}

pub async fn name_len() -> usize {
    let name = ready_or_panic!(poll_name());
    tick().await;
    name.len()
}

pub async fn pair_total() -> u64 {
    let (n, bytes) = ready_or_panic!(poll_pair());
    tick().await;
    n + bytes.len() as u64
}

pub async fn side(s: Shape) -> u32 {
    let side = side_of!(s);
    tick().await;
    side * 2
}

pub async fn level(l: Level) -> usize {
    let text = high_or!(l, String::new());
    tick().await;
    text.len()
}
