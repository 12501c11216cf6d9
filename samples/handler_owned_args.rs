// Handler rewritten from borrowed to owned (Arc) arguments
//
// An async fn's arguments are stored in its future for its whole life. When
// `handle_borrowed` takes `&Db`, the future borrows the caller's `db`, and
// `tokio::spawn` needs a `'static` future, so the borrow is rejected (E0597).
// `handle_owned` takes an `Arc<Db>` instead: the future owns a reference count,
// is 'static and Send, and the spawn compiles.

use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::Mutex;

pub struct Db {
    rows: Mutex<HashMap<u32, String>>,
}

async fn handle_borrowed(db: &Db, id: u32) -> Option<String> {
    let rows = db.rows.lock().await;
    rows.get(&id).cloned()
}

async fn handle_owned(db: Arc<Db>, id: u32) -> Option<String> {
    let rows = db.rows.lock().await;
    rows.get(&id).cloned()
}

#[tokio::main]
async fn main() {
    let db = Db { rows: Mutex::new(HashMap::new()) };
    tokio::spawn(handle_borrowed(&db, 1)); // error[E0597]: `db` does not live long enough

    let shared = Arc::new(Db { rows: Mutex::new(HashMap::new()) });
    tokio::spawn(handle_owned(shared.clone(), 1)); // fine
}
