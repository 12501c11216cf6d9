// `base[i]` derefs the base until a step can be indexed: through a reference it is
// `(*base)[i]` (a reborrow: the reference local is not borrowed), through an `Arc` it is
// `Deref::deref(&base)` (the Arc local is borrowed, so it stays saved). The element's type
// is the indexed collection's.
use std::sync::{Arc, Mutex};

async fn tick() {}

pub async fn through_a_reference(values: &Vec<u8>) -> u8 {
    let first = &values[0];
    tick().await;
    *first
}

pub async fn through_an_arc(shards: Arc<Vec<Mutex<u32>>>) -> u32 {
    let shard = &shards[1];
    tick().await;
    *shard.lock().unwrap()
}

pub async fn array_through_a_reference(table: &[u16; 4]) -> u16 {
    let cell = &table[2];
    tick().await;
    *cell
}

fn main() {}
