// Third-party style: closures that return async blocks (`let make = |n| async move { .. }`),
// called twice and awaited, and a `move` closure owning a String kept across an await.
#![allow(unused)]

async fn tick() {}

pub async fn builders(prefix: String) -> usize {
    let make = |n: u32| async move {
        tick().await;
        n * 2
    };
    let label = move |n: u32| format!("{prefix}-{n}");
    let a = make(1).await;
    let b = make(2).await;
    label(a + b).len()
}
