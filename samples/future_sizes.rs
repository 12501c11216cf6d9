// What a future costs: a buffer kept across an await
//
// Everything an async fn keeps alive across an `.await` is stored inside its future,
// and every caller that awaits it stores that future whole. `checksum_kept` keeps its
// 20,000-byte buffer across the sleep, so its future is 20 KB (plus the 640-byte
// tokio `Sleep`), and so is `report`'s, which awaits it. `checksum_scoped` uses the
// same buffer in a block that ends before the await: only the 8-byte sum is saved.
// Open "What takes the space" to see the bytes per state; the large-future warning
// offers `Box::pin(..).await` or `Box::new(..)` for the buffer.

use std::time::Duration;

async fn checksum_kept() -> u64 {
    let buffer = [7u8; 20000];
    tokio::time::sleep(Duration::from_millis(1)).await;
    buffer.iter().map(|&b| b as u64).sum()
}

async fn checksum_scoped() -> u64 {
    let sum: u64 = {
        let buffer = [7u8; 20000];
        buffer.iter().map(|&b| b as u64).sum()
    };
    tokio::time::sleep(Duration::from_millis(1)).await;
    sum
}

async fn report() -> u64 {
    let kept = checksum_kept().await;
    let scoped = checksum_scoped().await;
    kept + scoped
}
