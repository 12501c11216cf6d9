// A `&mut self` method mutating state around an await, plus an argument consumed before it.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Buffer {
    data: Vec<u8>,
}

impl Buffer {
    async fn append(&mut self, chunk: Vec<u8>) -> usize {
        self.data.extend(chunk);
        tick().await;
        self.data.push(0);
        self.data.len()
    }
}
