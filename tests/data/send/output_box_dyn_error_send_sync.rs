// Lesson: returning `Result<_, Box<dyn Error + Send + Sync>>` gives a Send output, so tokio::spawn accepts it.
// Expect: Send (and Send output); compiles with no errors.
use std::error::Error;

async fn load() -> Result<u32, Box<dyn Error + Send + Sync>> {
    tokio::task::yield_now().await;
    Ok("7".parse::<u32>()?)
}

pub fn start() {
    tokio::spawn(load());
}
