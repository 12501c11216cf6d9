// A method of a generic trait called through a parameter's bound (`P: AsRef<Path>`) takes the trait's arguments from that bound.
#![allow(unused)]

use std::path::{Path, PathBuf};

async fn tick() {}

pub async fn owned_path<P: AsRef<Path>>(p: P) -> usize {
    let owned = p.as_ref().to_owned();
    tick().await;
    owned.as_os_str().len()
}

pub async fn borrowed_str<S>(s: S) -> usize
where
    S: AsRef<str>,
{
    let text = s.as_ref().to_owned();
    tick().await;
    text.len()
}

pub async fn into_string<T: Into<String>>(t: T) -> usize {
    let s = t.into();
    tick().await;
    s.len()
}

fn main() {
    let _ = owned_path(PathBuf::new());
    let _ = borrowed_str("x");
    let _ = into_string("y");
}
