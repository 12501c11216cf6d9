// Reassignment after the await: a plain value overwritten before being read is dead (not saved); a Drop value is live (old value dropped on assignment).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn overwrite_plain() -> u64 {
    let mut n = 1u64;
    let m = n + 1;
    tick().await;
    n = 5;
    n + m
}

async fn overwrite_drop() -> usize {
    let mut v = vec![1u8];
    tick().await;
    v = vec![2u8, 3];
    v.len()
}
