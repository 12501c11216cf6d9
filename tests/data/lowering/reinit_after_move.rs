// A value moved out and assigned again: dead between the move and the new assignment (not saved at an await there), live again after it.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn take(s: String) -> usize {
    s.len()
}

async fn moved_then_reassigned() -> usize {
    let mut name = String::from("first");
    let a = take(name);
    tick().await;
    name = String::from("second");
    tick().await;
    a + name.len()
}

async fn moved_in_loop() -> usize {
    let mut total = 0;
    let mut item = String::from("x");
    for _ in 0..2 {
        total += take(item);
        tick().await;
        item = String::from("y");
    }
    total
}
