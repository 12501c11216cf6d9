// Structs and tuples are reordered by alignment (largest first) so they carry no inner padding: Mixed { u8, u64, u16, bool } is 16 bytes, (u8, u32, u8) 8; the future's prefix reorders its saved locals the same way.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Mixed {
    a: u8,
    b: u64,
    c: u16,
    d: bool,
}

struct Pair {
    small: u8,
    name: String,
}

async fn reordered() -> u64 {
    let mixed = Mixed { a: 1, b: 2, c: 3, d: true };
    let triple = (1u8, 2u32, 3u8);
    let pair = Pair { small: 1, name: String::from("x") };
    let flag = true;
    tick().await;
    mixed.b + triple.1 as u64 + pair.name.len() as u64 + flag as u64
}
