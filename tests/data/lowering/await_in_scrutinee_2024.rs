// edition: 2024
// An await inside a `match` / `if let` scrutinee: locals before it are saved, arm bindings do not exist yet. (edition 2024)
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn lookup(k: u32) -> Option<String> {
    tick().await;
    if k > 0 { Some(k.to_string()) } else { None }
}

async fn in_match(k: u32) -> usize {
    let context = String::from("ctx");
    match lookup(k).await {
        Some(s) => {
            tick().await;
            s.len() + context.len()
        }
        None => 0,
    }
}

async fn in_if_let(k: u32) -> usize {
    if let Some(s) = lookup(k).await {
        s.len()
    } else {
        tick().await;
        0
    }
}
