// Lesson: a user struct holding an Rc field is !Send; rustc names the leaf Rc inside it,
// and the held value with the struct's type.
// Expect: NOT Send at `serve()`; held `session: Session`; leaf Rc<Vec<u8>>: Send.
use std::rc::Rc;

pub struct Session {
    name: String,
    cache: Rc<Vec<u8>>,
}

async fn serve() -> usize {
    let session = Session { name: String::from("s"), cache: Rc::new(vec![0; 4]) };
    tokio::task::yield_now().await;
    session.name.len() + session.cache.len()
}

pub fn start() {
    tokio::spawn(serve());
}
