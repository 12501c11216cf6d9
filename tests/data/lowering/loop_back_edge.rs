// `loop`: a value assigned before the loop and used on the next iteration is live across the await via the back edge.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn accumulate() -> u64 {
    let mut total = 0u64;
    let mut log = Vec::new();
    let mut round = 0;
    loop {
        let step = round * 3;
        tick().await;
        total += step;
        log.push(step);
        round += 1;
        if round == 4 {
            break;
        }
    }
    total
}
