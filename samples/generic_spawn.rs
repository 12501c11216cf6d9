// Generic async fn: Send depends on the call
//
// `log_after` is generic: its future stores a `T` in every state. Whether that
// future is Send is decided at each call, by the `T` it is called with. With an
// `Arc<str>` it spawns fine; with an `Rc<str>` rustc refuses the spawn and names
// only the leaf type, not the value that holds it, because the body says `T`,
// not `Rc<str>`. The path shows where it is held: the argument `entry`, saved
// across the sleep. Fix: call it with an `Arc`, or bound `T: Send` so that the
// error moves to the call that passes the Rc.

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

async fn log_after<T: std::fmt::Display>(entry: T, delay_ms: u64) -> String {
    tokio::time::sleep(Duration::from_millis(delay_ms)).await;
    format!("[{delay_ms} ms] {entry}")
}

#[tokio::main]
async fn main() {
    let shared: Arc<str> = Arc::from("shared entry");
    let fine = tokio::spawn(log_after(shared, 5)); // Arc<str>: Send
    let local: Rc<str> = Rc::from("local entry");
    let refused = tokio::spawn(log_after(local, 5)); // error: `Rc<str>` cannot be sent
    println!("{}", fine.await.unwrap());
    println!("{}", refused.await.unwrap());
}
