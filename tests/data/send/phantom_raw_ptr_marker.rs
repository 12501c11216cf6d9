// Lesson: a zero-sized PhantomData<*const ()> marker makes a struct !Send (a common "not thread-safe" marker).
// Expect: NOT Send at `use_token()`; held `token: LocalToken`; leaf *const (): Send.
use std::marker::PhantomData;

pub struct LocalToken {
    id: u32,
    _not_send: PhantomData<*const ()>,
}

async fn use_token() -> u32 {
    let token = LocalToken { id: 4, _not_send: PhantomData };
    tokio::task::yield_now().await;
    token.id
}

pub fn start() {
    tokio::spawn(use_token());
}
