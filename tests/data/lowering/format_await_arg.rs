// An await inside `format!`/`println!` arguments: the macro's argument temporaries before it are saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn number() -> u32 {
    tick().await;
    7
}

async fn render(name: &str) -> String {
    format!("{}={}", name, number().await)
}

async fn log() {
    let prefix = String::from("log");
    println!("{} {}", prefix, number().await);
}
