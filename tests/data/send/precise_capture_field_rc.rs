// Lesson: the field a block uses is what it holds. This block reads `conn.stats`, an `Rc`,
// across an await, so it holds the `Rc` (its field `conn__stats`) and is !Send; the String
// beside it plays no part.
// Expect: not Send (rustc: `Rc<u64>` cannot be sent between threads safely).
use std::rc::Rc;

pub struct Conn {
    pub addr: String,
    pub stats: Rc<u64>,
}

async fn connect() {}

pub fn start(conn: Conn) {
    tokio::spawn(async move {
        connect().await;
        println!("{}", conn.stats);
    });
}
