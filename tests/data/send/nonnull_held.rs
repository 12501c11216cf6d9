// Lesson: std::ptr::NonNull<T> is explicitly !Send, so holding one across an await fails.
// Expect: NOT Send at `peek(data)`; held `p: NonNull<u16>`; leaf NonNull<u16>: Send.
use std::ptr::NonNull;

async fn peek(mut data: Box<u16>) -> u16 {
    let p = NonNull::from(&mut *data);
    tokio::task::yield_now().await;
    unsafe { *p.as_ptr() }
}

pub fn start(data: Box<u16>) {
    tokio::spawn(peek(data));
}
