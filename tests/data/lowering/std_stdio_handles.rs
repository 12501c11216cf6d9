// std's handles to the process's streams (library/std/src/io/stdio.rs) are each one
// `&'static` reference to a lock: `Stdout`, `Stderr` and `Stdin` kept across an await
// are 8 bytes each.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

pub async fn keep_handles() -> usize {
    let out = std::io::stdout();
    let err = std::io::stderr();
    let input = std::io::stdin();
    tick().await;
    drop((out, err, input));
    1
}

pub async fn keep_one(flag: bool) {
    let out = std::io::stdout();
    tick().await;
    if flag {
        drop(out);
    }
}
