// A local saved at two awaits is promoted to the prefix (space always reserved); a local saved at one await only overlaps with the other states' locals.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn promoted() -> usize {
    let kept = [7u32; 16];
    let once = [1u8; 40];
    tick().await;
    let n = once.len();
    let later = [2u16; 30];
    tick().await;
    kept.len() + n + later.len()
}
