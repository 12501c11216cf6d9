// `?` on Result-returning async fns: the early-return path adds no suspend state; locals live after are saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

#[derive(Debug)]
struct Error(String);

async fn parse(text: &str) -> Result<u32, Error> {
    tick().await;
    text.trim().parse::<u32>().map_err(|e| Error(e.to_string()))
}

async fn load(path: String) -> Result<u32, Error> {
    let header = parse(&path).await?;
    let buffer = vec![0u8; header as usize];
    let body = parse("7").await?;
    Ok(header + body + buffer.len() as u32)
}
