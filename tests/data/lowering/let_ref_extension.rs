// `let x = &temp();` extends the temporary's lifetime to the end of the block: the temporary is saved across the await.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn build() -> String {
    String::from("config")
}

async fn extended() -> usize {
    let cfg = &build();
    tick().await;
    cfg.len()
}

async fn not_extended() -> usize {
    let len = build().len();
    tick().await;
    len
}
