// `return` before the await: a Drop value moved out only on the early-return path is still saved on the other path (with a drop flag).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn lookup(key: u32) -> String {
    let fallback = String::from("none");
    if key == 0 {
        return fallback;
    }
    let computed = key * 10;
    tick().await;
    if computed > 100 {
        return String::from("big");
    }
    tick().await;
    computed.to_string()
}
