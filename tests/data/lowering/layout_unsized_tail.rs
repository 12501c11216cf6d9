// A struct whose last field is unsized is unsized: a reference to it is as wide as one to its tail (Path, a wrapper of [u8]).
#![allow(unused)]
use std::path::Path;

pub struct Name {
    id: u32,
    text: str,
}

pub struct Outer {
    flag: bool,
    inner: Name,
}

async fn tick() {}

pub async fn hold_refs(path: &Path, name: &Name, outer: &Outer, plain: &u64) {
    tick().await;
    drop((path, name, outer, plain));
}

pub async fn hold_boxed(name: Box<Name>, count: u8) {
    tick().await;
    drop((name, count));
}
