// Patterns read from the HIR: a `_` takes its place among a tuple's fields, `&mut (..)` and
// `&(..)` bind what is inside, `ref mutex2` is a shared borrow whatever the name spells,
// a struct pattern's shorthand `ref x` / `mut y` binds at the field's name.
async fn g() {}

pub struct P {
    x: String,
    y: u32,
}

pub async fn wild_then_binding() {
    let (_, s) = (1u8, String::new());
    g().await;
    drop(s);
}

pub async fn and_mut_binding() {
    let mut pair = (String::new(), 1u64);
    let &mut (ref mut s, n) = &mut pair;
    g().await;
    s.push('a');
    drop(n);
}

pub async fn ref_mutex() {
    let mutex = String::new();
    let ref mutex2 = mutex;
    g().await;
    let _ = mutex2.len();
}

pub async fn for_deref_pattern(v: Vec<(u8, String)>) {
    for &(ref a, ref b) in v.iter() {
        g().await;
        let _ = (a, b);
    }
}

pub async fn let_mut_and_shorthand(p: P) {
    let mut count = 0u16;
    let P { ref x, mut y } = p;
    g().await;
    y += 1;
    count += 1;
    let _ = (x, y, count);
}

fn main() {}
