// Lesson: `format!("{cell:?}")` names `cell` with a format spec after the colon; the
// block still captures it, and `&Cell<u32>` is not Send because Cell is not Sync.
// Expect: NOT Send at the tokio::spawn call; captured `cell`: &Cell<u32>.
use std::cell::Cell;

pub fn start(cell: &'static Cell<u32>) {
    tokio::spawn(async move {
        tokio::task::yield_now().await;
        let text = format!("{cell:?}");
        println!("{}", text.len());
    });
}
