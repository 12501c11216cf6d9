// Lesson: raw pointers are neither Send nor Sync; a `*const T` local kept across an await is blamed.
// Expect: NOT Send at `peek(data)`; held `p: *const u8`; leaf *const u8: Send.
async fn peek(data: Vec<u8>) -> u8 {
    let p: *const u8 = data.as_ptr();
    tokio::task::yield_now().await;
    unsafe { *p }
}

pub fn start(data: Vec<u8>) {
    tokio::spawn(peek(data));
}
