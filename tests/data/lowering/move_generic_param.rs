// A generic `T` without a `Copy` bound is moved by a by-value use (`let held = value;`, a call argument): the moved-from local is not saved, the new owner is.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn take<T>(value: T) -> usize {
    std::mem::size_of_val(&value)
}

async fn rebind<T>(value: T) -> usize {
    let held = value;
    tick().await;
    std::mem::size_of_val(&held)
}

async fn pass_on<T>(value: T) -> usize {
    let size = take(value);
    tick().await;
    size
}

async fn copy_kept<T: Copy>(value: T) -> usize {
    let size = take(value);
    tick().await;
    take(value) + size
}

pub async fn run() -> usize {
    rebind(String::from("a")).await + pass_on(vec![1u8]).await + copy_kept(5u64).await
}
