// A temporary borrowed by a `&` in an extending place of a `let` initializer lives to the end of the block, so it is saved at a later await: through a tuple struct or variant constructor (`Some(&..)`, `Wrapper(&..)`), a struct literal's field, a tuple, a cast-free block tail, both branches of an `if` and every `match` arm; a `&` passed to a function is not extended.
#![allow(unused)]

async fn step() {}

fn make(n: u8) -> String {
    n.to_string()
}

fn length(s: &String) -> usize {
    s.len()
}

struct Wrapper<'a>(&'a String);

struct Named<'a> {
    label: &'a String,
    size: usize,
}

async fn through_variant() -> usize {
    let held = Some(&make(1));
    step().await;
    held.map(|s| s.len()).unwrap_or(0)
}

async fn through_tuple_struct() -> usize {
    let held = Wrapper(&make(2));
    step().await;
    held.0.len()
}

async fn through_struct_field() -> usize {
    let held = Named { label: &make(3), size: 1 };
    step().await;
    held.label.len() + held.size
}

async fn through_tuple_and_block() -> usize {
    let pair = (&make(4), 5u8);
    let tail = {
        let n = 6u8;
        &make(n)
    };
    step().await;
    pair.0.len() + tail.len()
}

async fn through_if_and_match(flag: bool, k: u8) -> usize {
    let chosen = if flag { &make(7) } else { &make(8) };
    let picked = match k {
        0 => &make(9),
        _ => &make(10),
    };
    step().await;
    chosen.len() + picked.len()
}

async fn not_through_a_call() -> usize {
    let n = length(&make(11));
    step().await;
    n
}

fn main() {
    let _ = through_variant();
    let _ = through_tuple_struct();
    let _ = through_struct_field();
    let _ = through_tuple_and_block();
    let _ = through_if_and_match(true, 0);
    let _ = not_through_a_call();
}
