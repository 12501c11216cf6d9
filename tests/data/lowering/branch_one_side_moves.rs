// Only one branch moves the value away: it may still be live on the other path, so it is saved, with a drop flag.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn archive(s: String) {}

async fn maybe_archive(flag: bool) -> u8 {
    let note = String::from("draft");
    if flag {
        archive(note);
    }
    tick().await;
    2
}
