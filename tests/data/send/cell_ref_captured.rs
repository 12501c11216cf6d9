// Lesson: a &Cell<T> argument used only before the await is still captured (an upvar kept in every
// state); rustc blames it as a captured value.
// Expect: NOT Send at `count(hits)`; captured `hits: &'static Cell<u32>`; leaf Cell<u32>: Sync.
use std::cell::Cell;

async fn count(hits: &'static Cell<u32>) {
    hits.set(hits.get() + 1);
    tokio::task::yield_now().await;
}

pub fn start(hits: &'static Cell<u32>) {
    tokio::spawn(count(hits));
}
