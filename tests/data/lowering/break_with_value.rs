// `break value` out of a `loop` with an await inside: the loop state is saved, the break value is not yet live.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn find_first(limit: u32) -> String {
    let mut attempt = 0;
    let found = loop {
        tick().await;
        attempt += 1;
        if attempt * attempt > limit {
            break format!("attempt {}", attempt);
        }
    };
    tick().await;
    found
}
