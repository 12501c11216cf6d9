// After moving the only drop-glue field out of a struct, the struct is not saved unless a remaining (plain) field is used later.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Job {
    name: String,
    priority: u32,
}

fn keep(name: String) -> usize {
    name.len()
}

async fn rest_unused() -> usize {
    let job = Job { name: String::from("x"), priority: 1 };
    let n = keep(job.name);
    tick().await;
    n
}

async fn rest_used() -> u32 {
    let job = Job { name: String::from("x"), priority: 1 };
    let n = keep(job.name);
    tick().await;
    job.priority
}
