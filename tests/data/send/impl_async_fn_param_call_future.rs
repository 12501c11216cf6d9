// Lesson: an `impl AsyncFnMut(u16) -> u16` parameter is an anonymous type parameter: calling it
// awaits its `CallRefFuture`, which nothing makes Send. In the instance a generic caller spawns
// it is `<G as AsyncFnMut<(u16,)>>::CallRefFuture<'_>`, a type the body never names, so rustc
// blames no await (a plain E0277 with that leaf).
// Expect: NOT Send at `apply(g)`; no value named; leaf `<G as AsyncFnMut<(u16,)>>::CallRefFuture<'_>`: Send.
async fn apply(mut g: impl AsyncFnMut(u16) -> u16) -> u16 {
    let once = g(1).await;
    once + 1
}

pub fn start<G: AsyncFnMut(u16) -> u16 + Send + 'static>(g: G) {
    tokio::spawn(apply(g));
}
