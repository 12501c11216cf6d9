// `let _ = e;` drops the value at once (not saved); `let _keep = e;` keeps it to scope end (saved).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn make() -> Vec<String> {
    vec![String::from("a")]
}

async fn underscores() -> u8 {
    let _ = make();
    let _keep = make();
    tick().await;
    0
}
