// Overloaded operators borrow their operand: `t[i]` (Index), `*w` (Deref), `m += n` (AddAssign) and method autoref keep a Copy local saved; the built-in index, deref and `+=` do not.
#![allow(unused)]
use std::ops::{AddAssign, Deref, Index};

async fn tick() {
    tokio::task::yield_now().await;
}

#[derive(Clone, Copy)]
struct Table([u32; 8]);

impl Index<usize> for Table {
    type Output = u32;
    fn index(&self, i: usize) -> &u32 {
        &self.0[i]
    }
}

#[derive(Clone, Copy)]
struct Meter(u64);

impl AddAssign<u64> for Meter {
    fn add_assign(&mut self, n: u64) {
        self.0 += n;
    }
}

#[derive(Clone, Copy)]
struct Wrap(u32, u32);

impl Deref for Wrap {
    type Target = u32;
    fn deref(&self) -> &u32 {
        &self.0
    }
}

async fn builtin_index() -> u32 {
    let raw = [1u32; 8];
    let x = raw[2];
    tick().await;
    x
}

async fn overloaded_index() -> u32 {
    let table = Table([1; 8]);
    let x = table[2];
    tick().await;
    x
}

async fn builtin_add_assign() -> u64 {
    let mut k = 1u64;
    k += 2;
    let v = k;
    tick().await;
    v
}

async fn overloaded_add_assign() -> u64 {
    let mut meter = Meter(1);
    meter += 2;
    let v = meter.0;
    tick().await;
    v
}

async fn overloaded_deref() -> u32 {
    let wrap = Wrap(5, 6);
    let v = *wrap;
    tick().await;
    v
}

async fn array_autoref() -> usize {
    let bytes = [0u8; 24];
    let n = bytes.len();
    tick().await;
    n
}
