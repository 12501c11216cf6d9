// Third-party style: iterator chains as crates write them, kept across an await: a method path as
// a value (`String::len`), `max_by_key`, `enumerate`, `filter_map` with a turbofish parse,
// `collect()` into `Vec<_>`, and `sum()` into an annotated total.
#![allow(unused)]

async fn tick() {}

pub async fn summary(names: Vec<String>) -> usize {
    let lens: Vec<_> = names.iter().map(String::len).collect();
    let longest = names.iter().max_by_key(|s| s.len());
    tick().await;
    lens.len() + longest.map_or(0, |s| s.len())
}

pub async fn numbers(words: Vec<&str>) -> u32 {
    let parsed: Vec<u32> = words.iter().filter_map(|w| w.parse::<u32>().ok()).collect();
    let indexed = parsed.iter().enumerate();
    tick().await;
    let total: u32 = parsed.iter().sum();
    total + indexed.count() as u32
}
