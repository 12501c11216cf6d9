// Lesson: a `for` loop keeps its iterator in a hidden local across awaits in the body;
// rustc names it by the span of the iterated expression (`cells.iter()`), not by a
// variable. slice::Iter<'_, Cell<u32>> is !Send because Cell<u32> is !Sync, while the
// owned Vec<Cell<u32>> itself is Send.
// Expect: NOT Send at `total(cells)`; held the temporary `cells.iter()`; leaf Cell<u32>: Sync.
use std::cell::Cell;

async fn total(cells: Vec<Cell<u32>>) -> u32 {
    let mut sum = 0;
    for c in cells.iter() {
        sum += c.get();
        tokio::task::yield_now().await;
    }
    sum
}

pub fn start(cells: Vec<Cell<u32>>) {
    tokio::spawn(total(cells));
}
