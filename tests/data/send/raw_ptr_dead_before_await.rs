// Lesson: a raw pointer (Copy, no drop glue, never borrowed) that is not used after the await
// is not saved in the state machine, so it does not affect Send.
// Expect: Send; compiles with no errors.
async fn peek(data: Vec<u8>) -> u8 {
    let p: *const u8 = data.as_ptr();
    let first = unsafe { *p };
    tokio::task::yield_now().await;
    first + data.len() as u8
}

pub fn start(data: Vec<u8>) {
    tokio::spawn(peek(data));
}
