// Third-party style (retry loops in client crates): a loop retrying an awaited call with a
// doubling delay, an early `return Ok` from inside the loop, and the last error kept for the
// final `Err`.
#![allow(unused)]
use std::time::Duration;

async fn attempt(n: u32) -> Result<String, String> {
    tokio::task::yield_now().await;
    if n > 2 { Ok(format!("ok {n}")) } else { Err(format!("fail {n}")) }
}

pub async fn with_retry(max: u32) -> Result<String, String> {
    let mut delay = Duration::from_millis(1);
    let mut last = String::new();
    for n in 0..max {
        match attempt(n).await {
            Ok(body) => return Ok(body),
            Err(e) => last = e,
        }
        tokio::time::sleep(delay).await;
        delay *= 2;
    }
    Err(last)
}
