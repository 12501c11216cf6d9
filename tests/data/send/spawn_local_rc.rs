// Lesson: tokio::task::spawn_local (inside a LocalSet) does not require Send, so an Rc across an await is fine.
// Expect: Send not required; compiles with no errors.
use std::rc::Rc;

async fn local_work() -> usize {
    let rc = Rc::new(vec![1, 2, 3]);
    tokio::task::yield_now().await;
    rc.len()
}

#[tokio::main]
async fn main() {
    let local = tokio::task::LocalSet::new();
    let n = local
        .run_until(async { tokio::task::spawn_local(local_work()).await.unwrap() })
        .await;
    println!("{n}");
}
