// A `?` whose ControlFlow needs no drop (`Result<u64, ()>`, `Option<u32>`) is not saved; one in an `if` condition ends with the condition; one in an earlier statement ends there.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn echo(n: u64) -> u64 {
    tick().await;
    n
}

fn plain() -> Result<u64, ()> {
    Ok(1)
}

fn small() -> Option<u32> {
    Some(2)
}

fn named() -> Result<String, String> {
    Ok(String::new())
}

async fn no_drop_result() -> Result<u64, ()> {
    let n = echo(plain()?).await;
    Ok(n)
}

async fn no_drop_option() -> Option<u64> {
    let n = echo(small()? as u64).await + echo(1).await;
    Some(n)
}

async fn in_if_condition() -> Result<u64, String> {
    if named()?.is_empty() {
        tick().await;
    }
    Ok(0)
}

async fn earlier_statement() -> Result<usize, String> {
    let text = named()?;
    let n = echo(1).await;
    Ok(text.len() + n as usize)
}
