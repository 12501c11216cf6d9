// `tokio::select!` with a precondition and an `else` branch, and one whose handler
// awaits: one suspension for the race, then the handler's own.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn number(n: u64) -> u64 {
    tick().await;
    n
}

pub async fn guarded(enabled: bool) -> u64 {
    tokio::select! {
        v = number(1), if enabled => v,
        else => 0,
    }
}

pub async fn handler_awaits() -> u64 {
    let name = String::from("n");
    let got = tokio::select! {
        v = number(2) => {
            tick().await;
            v
        }
        w = number(3) => w,
    };
    got + name.len() as u64
}
