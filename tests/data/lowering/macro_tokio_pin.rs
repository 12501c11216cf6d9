// `tokio::pin!` as tokio's macros/pin.rs writes it: `let mut x = x;` then a shadowing
// `let mut x = unsafe { Pin::new_unchecked(&mut x) };`, for a variable and for the
// `let x = init;` form.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn work(n: u32) -> u32 {
    tick().await;
    n
}

pub async fn pinned_variable() -> u32 {
    let fut = work(3);
    tokio::pin!(fut);
    let label = String::from("x");
    tick().await;
    let v = (&mut fut).await;
    v + label.len() as u32
}

pub async fn pinned_lets() -> u32 {
    tokio::pin! {
        let first = work(1);
        let second = work(2);
    }
    tick().await;
    first.await + second.await
}
