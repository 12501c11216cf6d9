// A 20,000-byte buffer kept across an await makes the future that large; the same buffer scoped before the await is not saved at all.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn kept_across() -> usize {
    let buffer = [0u8; 20000];
    tick().await;
    buffer.iter().filter(|&&b| b == 0).count()
}

async fn scoped_before() -> usize {
    let zeros = {
        let buffer = [0u8; 20000];
        buffer.iter().filter(|&&b| b == 0).count()
    };
    tick().await;
    zeros
}

async fn awaits_large() -> usize {
    let n = kept_across().await;
    let sleep = tokio::time::sleep(std::time::Duration::from_millis(1));
    sleep.await;
    n
}
