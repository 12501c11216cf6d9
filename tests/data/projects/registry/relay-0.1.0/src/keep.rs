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

// Only instanced by renamed.rs, through `use .. as`: its calls never write `keep_pair(`.
pub async fn keep_pair<T: Clone>(value: T) -> (T, T) {
    let twin = value.clone();
    tick().await;
    (value, twin)
}
