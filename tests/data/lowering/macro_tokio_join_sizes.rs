// tokio's join!/try_join! keep `futures`, a tuple of `MaybeDone<F>` (each as large as the future or its output), and await a 16-byte PollFn of their closure; select! keeps the futures themselves and awaits a PollFn too.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn text(n: usize) -> String {
    tick().await;
    "x".repeat(n)
}

async fn small() -> u8 {
    tick().await;
    1
}

async fn big() -> [u64; 8] {
    let keep = [0u64; 8];
    tick().await;
    keep
}

async fn fallible(n: u32) -> Result<u32, String> {
    tick().await;
    Ok(n)
}

async fn joined() -> usize {
    let (a, b, c) = tokio::join!(text(3), small(), big());
    a.len() + b as usize + c.len()
}

async fn try_joined() -> Result<u32, String> {
    let (x, y) = tokio::try_join!(fallible(1), fallible(2))?;
    Ok(x + y)
}

async fn raced() -> usize {
    let kept = String::from("kept");
    let n = tokio::select! {
        s = text(2) => s.len(),
        b = small() => b as usize,
        c = big() => c.len(),
    };
    tick().await;
    n + kept.len()
}
