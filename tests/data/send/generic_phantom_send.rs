// Lesson: the same generic struct instantiated with a Send parameter (`Tagged<String>`) is Send.
// Expect: Send; compiles with no errors.
use std::marker::PhantomData;

pub struct Tagged<T> {
    id: u32,
    _kind: PhantomData<T>,
}

async fn tagged_work() -> u32 {
    let tag: Tagged<String> = Tagged { id: 9, _kind: PhantomData };
    tokio::task::yield_now().await;
    tag.id
}

pub fn start() {
    tokio::spawn(tagged_work());
}
