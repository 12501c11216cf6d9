// Third-party style: values whose type only a later use settles (rustc's inference variables):
// `Default::default()`, `Vec::default()`, `HashMap::new()` filled by an insert after the await.
#![allow(unused)]
use std::collections::HashMap;
use std::rc::Rc;

async fn tick() {}

pub async fn settled_later() -> u16 {
    let small = Rc::new(Default::default());
    let mut seen = Vec::default();
    tick().await;
    seen.push(7u64);
    let n: u16 = *small;
    n + seen.len() as u16
}

pub async fn map_filled_later(word: String) -> usize {
    let mut counts = HashMap::new();
    let total: u32 = Default::default();
    tick().await;
    counts.insert(word, total);
    counts.len()
}
