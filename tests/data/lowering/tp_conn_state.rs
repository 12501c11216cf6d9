// Third-party style (hyper-like connection): `&mut self` methods taking a buffer out with
// `mem::take`, an `Option::take` of a pending value, and a field written after the await.
#![allow(unused)]
use std::mem;

async fn tick() {}

pub struct Conn {
    buf: Vec<u8>,
    pending: Option<String>,
    written: usize,
}

impl Conn {
    pub async fn flush(&mut self) -> usize {
        let out = mem::take(&mut self.buf);
        tick().await;
        self.written += out.len();
        out.len()
    }

    pub async fn next_pending(&mut self) -> Option<usize> {
        let head = self.pending.take()?;
        tick().await;
        Some(head.len())
    }
}
