// Rc alive across one of several awaits
//
// `summarize` awaits three times, but only the second await happens while the
// `Rc` exists. That one suspension point is enough: a future is Send only if
// every value saved at every await is Send, so the whole future is rejected and
// rustc points at the second await. Arc, or ending the Rc's block before the
// await, fixes it.

use std::rc::Rc;
use std::time::Duration;

async fn step(n: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(1)).await;
    n
}

async fn summarize() -> u32 {
    let first = step(1).await; // no Rc yet
    let middle = {
        let shared = Rc::new(vec![first, first * 2]);
        let extra = step(2).await; // `shared` is saved in this state
        shared.iter().sum::<u32>() + extra
    };
    let last = step(3).await; // `shared` is gone again
    middle + last
}

#[tokio::main]
async fn main() {
    let total = tokio::spawn(summarize()).await.unwrap();
    println!("{total}");
}
