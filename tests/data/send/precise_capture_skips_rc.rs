// Lesson: in edition 2021 an async block captures the places it uses, not whole variables.
// The spawned block reads only `conn.addr`, so it holds that String; the `Rc` in the field
// beside it stays behind and cannot make the future !Send.
// Expect: Send (rustc accepts the spawn).
use std::rc::Rc;

pub struct Conn {
    pub addr: String,
    pub stats: Rc<u64>,
}

async fn connect(_addr: &str) {}

pub fn start(conn: Conn) {
    tokio::spawn(async move {
        connect(&conn.addr).await;
    });
}
