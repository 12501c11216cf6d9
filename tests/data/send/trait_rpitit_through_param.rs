// Lesson: a trait method returning `impl Future` (RPITIT) called through a type parameter is
// the opaque type of the impl the parameter picks: without `+ Send` in the trait, rustc cannot
// prove it Send; with `-> impl Future<Output = u32> + Send` (what `#[trait_variant::make]`
// writes) the bound says it, and the spawn compiles.
// Expect: NOT Send at `pump(src)`; awaits `src.pull()`; leaf `impl Future<Output = u32>`: Send.
// `pump_sendable(src)` compiles.
use std::future::Future;

pub trait Source {
    fn pull(&self) -> impl Future<Output = u32>;
}

pub trait SendSource {
    fn pull(&self) -> impl Future<Output = u32> + Send;
}

async fn pump<S: Source>(src: S) -> u32 {
    src.pull().await * 2
}

async fn pump_sendable<S: SendSource + Sync>(src: S) -> u32 {
    src.pull().await * 2
}

pub fn start<S: Source + Send + Sync + 'static>(src: S) {
    tokio::spawn(pump(src));
}

pub fn start_sendable<S: SendSource + Send + Sync + 'static>(src: S) {
    tokio::spawn(pump_sendable(src));
}
