// A closure that moves a captured value (`drop(buf)`, `into_bytes()`) captures it by value even without `move`: the value leaves the body and is not saved; the closure is.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn closure_drops() -> usize {
    let buf = vec![0u8; 64];
    let release = || drop(buf);
    tick().await;
    release();
    1
}

async fn closure_reads() -> usize {
    let buf = vec![0u8; 64];
    let size = || buf.len();
    tick().await;
    size()
}

async fn closure_consumes_string() -> usize {
    let text = String::from("payload");
    let bytes = || text.into_bytes();
    tick().await;
    bytes().len()
}
