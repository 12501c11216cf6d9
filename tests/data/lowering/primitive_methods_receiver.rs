// Inherent methods of char, integers and floats mostly take `self` by value (core's
// `impl char` / `impl i64` / `impl f64`): no autoref, so the local is not borrowed; the
// `is_ascii_*` family takes `&self` and borrows it. `b'a'` is a u8.
async fn step() -> u32 {
    1
}

pub async fn by_value() -> u32 {
    let c = 'a';
    let f = 1.5f64;
    let n = -3i64;
    let u = 5u32;
    let alpha = c.is_alphabetic();
    let big = f.max(2.0) > 1.0;
    let abs = n.abs();
    let p = u.pow(2);
    step().await + alpha as u32 + big as u32 + abs as u32 + p
}

pub async fn by_reference() -> u32 {
    let b = b'7';
    let c = 'Q';
    let digit = b.is_ascii_digit();
    let upper = c.is_ascii_uppercase();
    step().await + digit as u32 + upper as u32
}
