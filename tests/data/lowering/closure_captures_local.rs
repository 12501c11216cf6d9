// A non-async closure capturing locals by reference (or by move) is itself a local, saved across the await.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn by_ref() -> usize {
    let names = vec![String::from("x"), String::from("yy")];
    let count = || names.len();
    tick().await;
    count()
}

async fn by_move() -> usize {
    let tag = String::from("tag");
    let describe = move |n: usize| tag.len() + n;
    tick().await;
    describe(1)
}
