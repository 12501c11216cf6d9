// Lesson: an async fn returning `Result<_, Box<dyn Error>>` has a Send future but a !Send output;
// tokio::spawn requires `F::Output: Send`.
// Expect: E0277 "`(dyn std::error::Error + 'static)` cannot be sent between threads safely" at
// `load()`, bound `T::Output: Send + 'static`; no cause; chain through Unique, Box and Result.
use std::error::Error;

async fn load() -> Result<u32, Box<dyn Error>> {
    tokio::task::yield_now().await;
    Ok("7".parse::<u32>()?)
}

pub fn start() {
    tokio::spawn(load());
}
