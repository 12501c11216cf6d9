// Does not compile: `name` is moved while the future that borrows it is still to be awaited (E0505).
async fn greet(name: &String) -> usize {
    tokio::task::yield_now().await;
    name.len()
}

pub async fn caller() -> usize {
    let name = String::from("ferris");
    let pending = greet(&name);
    drop(name);
    pending.await
}
