// `tokio::try_join!` expands like `join!` (tokio's macros/try_join.rs): one `futures` local
// holding every branch, polled at one suspension point; `?` on its result adds no state.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn fetch(n: u32) -> Result<u32, String> {
    tick().await;
    Ok(n)
}

async fn name(s: String) -> Result<usize, String> {
    tick().await;
    Ok(s.len())
}

pub async fn both() -> Result<usize, String> {
    let label = String::from("pair");
    let (a, b) = tokio::try_join!(fetch(1), name(label.clone()))?;
    tick().await;
    Ok(a as usize + b + label.len())
}
