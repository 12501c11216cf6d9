// Temporaries created earlier in the same statement as an await (a `&String::from(..)` call argument) are saved as temporaries.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn value() -> usize {
    tick().await;
    5
}

fn combine(a: &String, b: usize) -> usize {
    a.len() + b
}

async fn args_before_await() -> usize {
    combine(&String::from("prefix"), value().await)
}

async fn await_first() -> usize {
    let n = value().await;
    combine(&String::from("prefix"), n)
}
