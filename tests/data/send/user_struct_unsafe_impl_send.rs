// Lesson: an explicit `unsafe impl Send` overrides the structural rule: the raw pointer inside
// no longer makes the struct (or the future holding it) !Send.
// Expect: Send; compiles with no errors.
pub struct RawBuf {
    ptr: *mut u8,
    len: usize,
}

unsafe impl Send for RawBuf {}

async fn fill(mut data: Vec<u8>) -> Vec<u8> {
    let buf = RawBuf { ptr: data.as_mut_ptr(), len: data.len() };
    tokio::task::yield_now().await;
    if buf.len > 0 {
        unsafe { *buf.ptr = 1 };
    }
    data
}

pub fn start(data: Vec<u8>) {
    tokio::spawn(fill(data));
}
