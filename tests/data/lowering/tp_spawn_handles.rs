// Third-party style (tokio tests): spawned tasks' JoinHandles collected into a Vec and awaited in
// a loop; each handle's result unwrapped; a spawned block moving a cloned Arc.
#![allow(unused)]
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

pub async fn fan_out(count: Arc<AtomicUsize>) -> usize {
    let mut handles = Vec::new();
    for i in 0..4usize {
        let count = count.clone();
        handles.push(tokio::spawn(async move {
            count.fetch_add(i, Ordering::SeqCst);
            i
        }));
    }
    let mut total = 0;
    for h in handles {
        total += h.await.unwrap();
    }
    total
}
