// join! and select! store every branch in your future
//
// `tokio::join!` and `tokio::select!` poll their futures inside the enclosing
// async fn, so all of those futures become part of its state (a local named
// `futures`). `report` joins a Send fetch with `cached`, which holds an `Rc`
// across its await: that one branch makes `report`'s future !Send. `race` uses
// select! on two Send futures and is fine.

use std::rc::Rc;
use std::time::Duration;

async fn fetch(n: u32) -> u32 {
    tokio::time::sleep(Duration::from_millis(n as u64)).await;
    n
}

async fn cached() -> u32 {
    let hit = Rc::new(7);
    tokio::task::yield_now().await;
    *hit
}

async fn report() -> u32 {
    let (a, b) = tokio::join!(fetch(1), cached());
    a + b
}

async fn race() -> u32 {
    tokio::select! {
        a = fetch(1) => a,
        b = fetch(2) => b,
    }
}

#[tokio::main]
async fn main() {
    let r = tokio::spawn(report()); // error: `cached()` holds an Rc
    let s = tokio::spawn(race()); // fine
    println!("{:?} {:?}", r.await, s.await);
}
