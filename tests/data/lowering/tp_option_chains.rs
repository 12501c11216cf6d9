// Third-party style: `Option`/`Result` chains as crates write them: `as_deref`,
// `unwrap_or_default`, `ok_or` with `?`, `map(|s| s.len())`, kept across awaits.
#![allow(unused)]

async fn tick() {}

pub async fn lookup(name: Option<String>, port: Option<u16>) -> Result<usize, &'static str> {
    let host = name.as_deref().unwrap_or("localhost");
    let port = port.ok_or("no port")?;
    tick().await;
    let label = format!("{host}:{port}");
    let size = name.map(|s| s.len()).unwrap_or_default();
    tick().await;
    Ok(label.len() + size)
}
