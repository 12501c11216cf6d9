// Destructuring `let (a, b) = ...` makes separate locals; each is saved only if it is itself live at the await.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn split() -> (String, u64) {
    (String::from("key"), 9)
}

async fn destructure() -> u64 {
    let (key, count) = split();
    let (unused_text, used_number) = (String::from("t"), 3u64);
    drop(key);
    tick().await;
    count + used_number
}
