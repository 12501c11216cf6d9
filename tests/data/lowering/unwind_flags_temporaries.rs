// A call argument held across an await in a later argument is moved into the call, which may unwind: the temporary gets a flag; a local moved and assigned again between awaits keeps one too.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn take(s: String, n: u32) {}

async fn argument_across() {
    take(String::from("a"), {
        tick().await;
        1
    });
}

async fn reassigned() {
    let mut s = String::from("a");
    tick().await;
    drop(s);
    s = String::from("b");
    tick().await;
}

async fn moved_in_branch(c: bool) {
    let s = String::from("a");
    if c {
        drop(s);
    }
    tick().await;
}
