// Calls keep.rs's generic `keep_pair` under another name: the instance is still the crate's.
use crate::keep::keep_pair as twins;

pub async fn sum() -> u16 {
    let (a, b) = twins(3u16).await;
    a + b
}
