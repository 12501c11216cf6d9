// A temporary the expansion creates lives as a temporary of the statement the invocation
// stands in: `get!(m) + tick().await` holds the MutexGuard `m.lock().unwrap()` across the
// await (rustc saves it), while `let v = get!(m); tick().await` drops it at the `;`.
#![allow(unused)]
use std::sync::Mutex;

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    1
}

macro_rules! get {
    ($m:expr) => {
        *$m.lock().unwrap()
    };
}

pub async fn temporary_across(m: &Mutex<u32>) -> u32 {
    get!(m) + tick().await
}

pub async fn temporary_ends(m: &Mutex<u32>) -> u32 {
    let v = get!(m);
    tick().await;
    v
}
