// Locals saved at one await each, in scopes that do not overlap, share the same bytes: the future is as large as its largest state, not the sum.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn phases() -> usize {
    let mut total = 0;
    {
        let first = [1u8; 100];
        tick().await;
        total += first.len();
    }
    {
        let second = [2u64; 50];
        tick().await;
        total += second.len();
    }
    {
        let third = String::from("three");
        tick().await;
        total += third.len();
    }
    total
}
