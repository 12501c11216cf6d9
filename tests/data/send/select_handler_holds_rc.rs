// A `tokio::select!` branch binds an `Rc` and its handler awaits holding it (tokio's
// select.rs matches the race's output against each branch's pattern, then runs its handler).
// Expect: not Send, `v: Rc<u32>` held across `tick().await` in the handler.
#![allow(unused)]
use std::rc::Rc;

async fn tick() {
    tokio::task::yield_now().await;
}

async fn shared(n: u32) -> Rc<u32> {
    tick().await;
    Rc::new(n)
}

async fn plain(n: u32) -> u32 {
    tick().await;
    n
}

pub fn start() {
    tokio::spawn(async {
        let got = tokio::select! {
            v = shared(1) => {
                tick().await;
                *v
            }
            w = plain(2) => w,
        };
        got + 1
    });
}
