// Lesson: `*mut T` is not Send either.
// Expect: NOT Send at `poke(data)`; held `p: *mut u8`; leaf *mut u8: Send.
async fn poke(mut data: Vec<u8>) -> Vec<u8> {
    let p: *mut u8 = data.as_mut_ptr();
    tokio::task::yield_now().await;
    unsafe { *p = 1 };
    data
}

pub fn start(data: Vec<u8>) {
    tokio::spawn(poke(data));
}
