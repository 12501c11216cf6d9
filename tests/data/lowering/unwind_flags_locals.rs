// A local moved out while a call before the move (or a destructor after it) may unwind: its cleanup drop is conditional, and the flag is saved wherever an unwind can still reach it.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn note() {}

async fn moved_after() {
    let s = String::from("a");
    tick().await;
    let t = s;
}

async fn called_then_moved() {
    let s = String::from("a");
    note();
    drop(s);
    tick().await;
}

async fn moved_without_call() {
    let s = String::from("a");
    drop(s);
    tick().await;
}

async fn scope_ended() {
    {
        let s = String::from("a");
        note();
        drop(s);
    }
    tick().await;
}
