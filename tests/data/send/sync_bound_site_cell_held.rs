// Lesson: a `T: Sync` bound asks whether the future can be shared between threads: a `Cell`
// held across an await makes it !Sync ("future cannot be shared between threads safely").
// Expect: not Sync at `needs_sync(tally())` (the held `count`, leaf `Cell<u8>`).
use std::cell::Cell;

fn needs_sync<T: Sync>(_: T) {}

async fn idle() {}

async fn tally() {
    let count = Cell::new(0u8);
    idle().await;
    count.set(1);
}

fn main() {
    needs_sync(tally());
}
