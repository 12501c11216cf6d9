// `if`/`else` with an await in each arm: each arm's await is its own suspend point with its own live set.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn fetch(n: u32) -> u32 {
    tick().await;
    n + 1
}

async fn choose(fast: bool) -> u32 {
    let base = vec![10u32, 20];
    if fast {
        let quick = base[0];
        tick().await;
        quick
    } else {
        let slow = String::from("slow");
        let r = fetch(base[1]).await;
        r + slow.len() as u32
    }
}
