// A value moved out on some loop iterations and reassigned on others: live around the back edge with a drop flag.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

fn send(s: String) {}

async fn batcher(rounds: u32) {
    let mut pending = String::new();
    for round in 0..rounds {
        pending.push('x');
        if round % 2 == 0 {
            send(pending);
            pending = String::new();
        }
        tick().await;
    }
}
