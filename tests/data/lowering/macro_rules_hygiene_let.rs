// A `let` the macro's transcriber writes is the macro's own local (macro_rules! hygiene):
// it does not shadow the caller's `name`, the caller's tokens passed as `$e` still name the
// caller's locals, and rustc prints it by its identifier, so a state may hold two `name`s.
// A `let` whose name comes from the caller (`make!(x)`) declares the caller's local.
#![allow(unused)]

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    1
}

macro_rules! shadow {
    ($e:expr) => {{
        let name = String::from("inner");
        let v = $e;
        tick().await;
        v + name.len() as u32
    }};
}

macro_rules! make {
    ($n:ident, $e:expr) => {
        let $n = $e;
    };
}

macro_rules! uses_caller {
    ($e:expr) => {{
        let name = 7u32;
        $e + name
    }};
}

pub async fn hygiene() -> usize {
    let name = vec![1u8, 2];
    let x = shadow!(name.len() as u32);
    name.len() + x as usize
}

pub async fn caller_named() -> usize {
    make!(text, String::from("caller"));
    tick().await;
    text.len()
}

pub async fn argument_sees_caller() -> u32 {
    let name = 5u32;
    let guard = String::from("g");
    let total = uses_caller!(name);
    tick().await;
    total + guard.len() as u32
}
