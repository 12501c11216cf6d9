// A std MutexGuard taken from an element indexed through an Arc (`shards[i]` derefs the Arc
// to its Vec) and held across an await makes the future not Send.
use std::sync::{Arc, Mutex};

async fn pause() {}

fn require_send<T: Send>(_: T) {}

pub async fn bump(shards: Arc<Vec<Mutex<u64>>>, index: usize) {
    let mut shard = shards[index].lock().unwrap();
    pause().await;
    *shard += 1;
}

fn main() {
    require_send(bump(Arc::new(vec![Mutex::new(0)]), 0));
}
