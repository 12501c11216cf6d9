// Lesson: a generic struct is Send structurally over its fields, PhantomData<T> included:
// `Tagged<Rc<u8>>` is !Send although it stores no Rc.
// Expect: NOT Send at `tagged_work()`; held `tag: Tagged<Rc<u8>>`; leaf Rc<u8>: Send.
use std::marker::PhantomData;
use std::rc::Rc;

pub struct Tagged<T> {
    id: u32,
    _kind: PhantomData<T>,
}

async fn tagged_work() -> u32 {
    let tag: Tagged<Rc<u8>> = Tagged { id: 9, _kind: PhantomData };
    tokio::task::yield_now().await;
    tag.id
}

pub fn start() {
    tokio::spawn(tagged_work());
}
