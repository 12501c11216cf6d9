// `for` over owned Strings: the `next()` result (Option<String>) is a match-scrutinee temporary saved across body awaits.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn consume_each(words: Vec<String>) -> usize {
    let mut total = 0;
    for w in words {
        tick().await;
        total += w.len();
    }
    total
}

async fn by_reference(words: &[String]) -> usize {
    let mut total = 0;
    for w in words.iter() {
        tick().await;
        total += w.len();
    }
    total
}
