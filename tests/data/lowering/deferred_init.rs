// A `let x;` initialised on one branch only: saved with a drop flag across an await that follows.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn deferred(flag: bool) -> u8 {
    let message: String;
    if flag {
        message = String::from("set");
    }
    tick().await;
    3
}
