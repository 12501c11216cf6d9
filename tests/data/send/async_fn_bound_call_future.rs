// Lesson: calling a value through an async closure bound (`F: AsyncFn()`) awaits
// `<F as AsyncFnMut<()>>::CallRefFuture<'_>`, `F: AsyncFnOnce(u8)` awaits
// `<F as AsyncFnOnce<(u8,)>>::CallOnceFuture`: associated types of a parameter that no bound
// on stable Rust can make Send, so a generic caller cannot spawn the future even with `F: Send`.
// Expect: NOT Send at `twice(f)` and `once(f)`; awaits `f()` / `f(7)`; leaves the two call futures: Send.
async fn twice<F: AsyncFn() -> u32>(f: F) -> u32 {
    let a = f().await;
    a + f().await
}

async fn once<F: AsyncFnOnce(u8)>(f: F) {
    f(7).await;
}

pub fn start_twice<F: AsyncFn() -> u32 + Send + 'static>(f: F) {
    tokio::spawn(twice(f));
}

pub fn start_once<F: AsyncFnOnce(u8) + Send + 'static>(f: F) {
    tokio::spawn(once(f));
}
