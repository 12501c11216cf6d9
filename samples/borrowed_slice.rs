// A borrowed slice argument lives inside the future
//
// `checksum` takes `data: &[u8]`, so its future carries that reference from the
// first poll to the last: it appears as an upvar in every state, and once more
// as a saved local because it is used after the await. Awaiting the future right
// where it is created is fine, since `bytes` outlives it; spawning it would need
// a `'static` future and therefore an owned buffer.

use std::time::Duration;

async fn checksum(data: &[u8]) -> u32 {
    let len = data.len() as u32;
    tokio::time::sleep(Duration::from_millis(1)).await;
    data.iter().map(|&b| b as u32).sum::<u32>() + len
}

#[tokio::main]
async fn main() {
    let bytes = vec![1u8, 2, 3, 4];
    let sum = checksum(&bytes).await; // borrows `bytes` until it completes
    println!("{sum}");
}
