// A non-move async block that moves a value (`drop(buf)`, `fut.await`) captures it by value: the enclosing body no longer holds it; one that only reads it borrows it, so it stays saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn block_moves() {
    let buf = vec![0u8; 16];
    let job = async {
        tick().await;
        drop(buf);
    };
    tick().await;
    job.await;
}

async fn block_reads() {
    let buf = vec![0u8; 16];
    let job = async {
        tick().await;
        buf.len()
    };
    tick().await;
    job.await;
}

async fn work() -> u32 {
    tick().await;
    3
}

async fn block_awaits_future() {
    let fut = work();
    let job = async {
        fut.await + 1
    };
    tick().await;
    job.await;
}
