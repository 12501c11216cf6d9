// Lesson: a &Cell<T> argument that is used after the await is saved as a local too, so rustc blames
// it as "used across an await" (not as a captured value); &Cell is !Send because Cell is !Sync.
// Expect: NOT Send at `count(hits)`; held `hits: &'static Cell<u32>`; leaf Cell<u32>: Sync.
use std::cell::Cell;

async fn count(hits: &'static Cell<u32>) {
    tokio::task::yield_now().await;
    hits.set(hits.get() + 1);
}

pub fn start(hits: &'static Cell<u32>) {
    tokio::spawn(count(hits));
}
