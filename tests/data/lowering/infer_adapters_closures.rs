// Closures and iterator adapters: a closure capturing a local by reference is one
// pointer; `iter().map(..).collect()` with a `Vec<_>` annotation is a Vec of the map's
// output; `filter`, `copied` and `take` wrap the slice iterator they adapt.
#![allow(unused)]

async fn tick() {}

pub async fn adapters(values: Vec<u32>) -> u64 {
    let offset = 10u64;
    let add = |x: u32| x as u64 + offset;
    let doubled: Vec<_> = values.iter().map(|v| *v as u64 * 2).collect();
    let evens = doubled.iter().filter(|v| **v % 4 == 0);
    let firsts = values.iter().copied().take(2);
    tick().await;
    add(1) + evens.count() as u64 + firsts.map(u64::from).sum::<u64>()
}

pub async fn counted(words: Vec<String>) -> usize {
    let lengths = words.iter().map(String::len);
    let longest = words.iter().max_by_key(|w| w.len());
    tick().await;
    lengths.sum::<usize>() + longest.map_or(0, |w| w.len())
}
