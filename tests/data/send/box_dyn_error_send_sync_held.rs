// Lesson: `Box<dyn Error + Send + Sync>` carries the bounds, so holding it across an await is fine.
// Expect: Send; compiles with no errors.
use std::error::Error;

fn parse(s: &str) -> Result<u32, Box<dyn Error + Send + Sync>> {
    Ok(s.parse::<u32>()?)
}

async fn report() -> String {
    let err: Box<dyn Error + Send + Sync> = parse("x").unwrap_err();
    tokio::task::yield_now().await;
    err.to_string()
}

pub fn start() {
    tokio::spawn(report());
}
