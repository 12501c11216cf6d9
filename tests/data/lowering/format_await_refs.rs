// format_args! borrows each argument into a `(&a, &b, ..)` tuple: the references to the arguments before an awaited one are operand temporaries saved across that await (`&Vec<u8>`, `&u64`, `&&str`), those after it are not.
#![allow(unused)]
use std::fmt::Write;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn number() -> u64 {
    tick().await;
    7
}

async fn three_args(bytes: Vec<u8>, label: &str) -> String {
    let count = bytes.len() as u64;
    format!("{:?} {} {} {}", bytes, count, number().await, label)
}

async fn printed(label: &str) {
    let total = 3u64;
    println!("{label}: {} of {}", total, number().await);
}

async fn written(out: &mut String, name: String) -> std::fmt::Result {
    write!(out, "{}={}", name, number().await)
}
