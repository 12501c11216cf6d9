// std::io's plain values held across an await: SeekFrom (an enum of u64/i64, 16 bytes) and Cursor<T> (T and a u64 position), whose fields decide the sizes of the states that save them.
#![allow(unused)]
use std::io::{Cursor, SeekFrom};

async fn tick() {}

async fn seek_later(offset: i64) -> u64 {
    let from = if offset < 0 { SeekFrom::End(offset) } else { SeekFrom::Start(offset as u64) };
    tick().await;
    match from {
        SeekFrom::Start(n) => n,
        _ => 0,
    }
}

async fn read_later(bytes: Vec<u8>) -> usize {
    let cursor = Cursor::new(bytes);
    let small = Cursor::new([0u8; 3]);
    tick().await;
    cursor.get_ref().len() + small.position() as usize
}
