// A closure without `move` that passes on a `&mut` it captures (`self.bump()`, `fill(buf)`) reborrows it (`&mut *buf`): it captures by unique borrow, not by value, so `self` and `buf` stay borrowed and saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn fill(buf: &mut [u8]) -> u32 {
    buf.len() as u32
}

struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }

    async fn run(&mut self, buf: &mut [u8]) -> u32 {
        let mut step = || self.bump() + fill(buf);
        let first = step();
        tick().await;
        first + step()
    }
}

async fn poll_style(buf: &mut Vec<u8>) -> usize {
    let mut grow = |n: u8| buf.push(n);
    grow(1);
    tick().await;
    grow(2);
    buf.len()
}
