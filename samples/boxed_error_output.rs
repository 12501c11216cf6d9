// Box<dyn Error> output vs a Send + Sync error type
//
// `tokio::spawn` requires the future's output to be Send as well as the future.
// `load` returns `Result<_, Box<dyn Error>>`, and `dyn Error` without `+ Send`
// is not Send, so the spawn fails on the output even though nothing non-Send is
// held across an await. `load_sendable` returns `Box<dyn Error + Send + Sync>`
// and spawns fine.

use std::error::Error;
use std::time::Duration;

async fn load(path: String) -> Result<usize, Box<dyn Error>> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    let n: usize = path.len().to_string().parse()?;
    Ok(n)
}

async fn load_sendable(path: String) -> Result<usize, Box<dyn Error + Send + Sync>> {
    tokio::time::sleep(Duration::from_millis(1)).await;
    let n: usize = path.len().to_string().parse()?;
    Ok(n)
}

#[tokio::main]
async fn main() {
    let a = tokio::spawn(load("a.txt".to_string())); // error: output is not Send
    let b = tokio::spawn(load_sendable("b.txt".to_string())); // fine
    let _ = (a.await, b.await);
}
