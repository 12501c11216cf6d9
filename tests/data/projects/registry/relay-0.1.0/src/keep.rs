// Generic async fns: rustc lays each out once per instance the crate makes.
async fn tick() {}

pub async fn keep<T>(value: T) -> T {
    tick().await;
    value
}

pub async fn keep_one<T: Clone>(value: T) -> T {
    let copy = value.clone();
    tick().await;
    drop(value);
    copy
}
