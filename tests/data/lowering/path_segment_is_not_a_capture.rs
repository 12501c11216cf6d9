// A path of more than one segment names an item, never a local: `std::mem::take(&mut buf)` in an async block captures `buf`, and a local named `mem` stays out of the block (rustc_resolve late.rs: only a single-segment path resolves to a local).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn moved() -> usize {
    let mem = [0u8; 256];
    let mut buf = vec![1u8, 2, 3];
    let taken = async move {
        let v = std::mem::take(&mut buf);
        tick().await;
        v.len()
    }
    .await;
    taken + mem.len()
}

async fn borrowed() -> usize {
    let mem = String::from("kept");
    let mut buf = vec![1u8, 2, 3];
    let n = async {
        let v = std::mem::take(&mut buf);
        tick().await;
        v.len()
    }
    .await;
    n + mem.len() + buf.len()
}
