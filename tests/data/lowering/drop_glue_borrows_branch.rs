// Probes: an overwrite in one branch only still borrows the local on that path (the
// borrowed-locals analysis is a union over paths), and an overwrite after the await
// does not save it at the earlier await.
#![allow(unused)]

async fn tick() {}

fn consume<T>(_: T) {}

pub async fn overwrite_in_one_branch(flag: bool) {
    let mut names = vec![String::from("a")];
    if flag {
        names = Vec::new();
    }
    consume(names);
    tick().await;
}

pub async fn overwrite_after_await() {
    let mut names = vec![String::from("a")];
    tick().await;
    names = Vec::new();
    consume(names);
}

pub async fn overwrite_in_loop(rounds: u32) {
    let mut last = String::new();
    for i in 0..rounds {
        last = i.to_string();
    }
    consume(last);
    tick().await;
}
