// Lesson: `Box<dyn Error>` is only what its bounds say: dyn Error is neither Send nor Sync.
// Holding one across an await fails.
// Expect: NOT Send at `report()`; held `err: Box<dyn Error>`; leaf `dyn std::error::Error`: Send (path-qualified,
// no `+ 'static` for a local's type).
use std::error::Error;

fn parse(s: &str) -> Result<u32, Box<dyn Error>> {
    Ok(s.parse::<u32>()?)
}

async fn report() -> String {
    let err: Box<dyn Error> = parse("x").unwrap_err();
    tokio::task::yield_now().await;
    err.to_string()
}

pub fn start() {
    tokio::spawn(report());
}
