// `?` unwraps a Result's Ok type; `.into()` and `collect()` take the annotated type;
// `parse::<T>()` with a turbofish, and `Vec<&str>` from `split`.
#![allow(unused)]

use std::num::ParseIntError;

async fn tick() {}

fn parse(s: &str) -> Result<u16, ParseIntError> {
    s.parse()
}

pub async fn question(text: String) -> Result<usize, ParseIntError> {
    let n = parse(&text)?;
    let wide: u64 = n.into();
    let owned: String = "abc".into();
    let words: Vec<&str> = text.split(' ').collect();
    let boxed: Box<str> = owned.clone().into();
    let exact = text.trim().parse::<i128>().map_err(|_| ());
    tick().await;
    Ok(n as usize + owned.len() + wide as usize + words.len() + boxed.len() + exact.is_ok() as usize)
}
