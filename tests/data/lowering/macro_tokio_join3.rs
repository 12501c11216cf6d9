// `tokio::join!` with three branches of different outputs, inside a loop, and a
// `tokio::try_join!` whose result is matched: each is one suspension whose `futures`
// tuple (of MaybeDone) is saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn number(n: u64) -> u64 {
    tick().await;
    n
}

async fn text(s: &str) -> String {
    tick().await;
    s.to_string()
}

async fn check(ok: bool) -> Result<u8, String> {
    tick().await;
    if ok { Ok(1) } else { Err(String::from("no")) }
}

pub async fn three() -> usize {
    let (a, b, c) = tokio::join!(number(1), text("two"), tick());
    a as usize + b.len()
}

pub async fn rounds(n: u64) -> u64 {
    let mut total = 0;
    for i in 0..n {
        let (x, y) = tokio::join!(number(i), number(i + 1));
        total += x + y;
    }
    total
}

pub async fn checked() -> u8 {
    match tokio::try_join!(check(true), check(false)) {
        Ok((a, b)) => a + b,
        Err(e) => e.len() as u8,
    }
}
