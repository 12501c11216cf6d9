// A value moved away (passed by value, moved into another binding) before the await is not saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn take(buf: Vec<u8>) -> usize {
    buf.len()
}

async fn forward() -> usize {
    let buf = vec![0u8; 32];
    let size = take(buf);
    tick().await;
    size
}

async fn rebind() -> usize {
    let original = String::from("abc");
    let moved = original;
    tick().await;
    moved.len()
}
