// `while`: the loop counter and a value assigned at the bottom of the body are live around the back edge.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn countdown(start: u32) -> String {
    let mut n = start;
    let mut previous = String::new();
    while n > 0 {
        tick().await;
        previous = format!("{}", n);
        n -= 1;
    }
    previous
}
