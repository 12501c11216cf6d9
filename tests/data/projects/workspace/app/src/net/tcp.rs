use crate::platform::Guard;
use super::super::Shared;

pub struct Connection {
    pub port: u16,
}

async fn tick() {}

// Guard is declared in another file (a #[path] module): !Send through its Rc.
pub async fn hold_guard() {
    let guard = Guard::new();
    tick().await;
    drop(guard);
}

// Shared<T> is Rc<T> with the default feature `local`, Arc<T> without it.
pub async fn hold_shared() {
    let shared: Shared<u8> = Shared::new(1);
    tick().await;
    drop(shared);
}

// shapes::Handle is Rc<Counter>, or Arc<Counter> with `threaded` (shapes/shared).
pub async fn hold_handle() {
    let handle = shapes::handle();
    tick().await;
    drop(handle);
}

// Connection re-exported at the crate root.
pub async fn hold_connection() {
    let connection = crate::Connection { port: 80 };
    tick().await;
    drop(connection);
}
