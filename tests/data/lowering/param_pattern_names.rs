// Async fn parameters move into locals named as rustc_ast_lowering names them: a binding's ident (also for `ref`/`ref mut`), `_` for `_`, `__argN` (self counted) for other patterns.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Pair {
    left: String,
    right: Vec<u8>,
}

async fn tuple_partly_moved(n: u32, (a, _): (String, String)) {
    tick().await;
    drop(a);
}

async fn ref_and_wildcard(ref r: String, _: Vec<u8>, ref mut m: Vec<u8>) {
    tick().await;
    m.push(r.len() as u8);
}

async fn struct_pattern(mut flag: bool, Pair { left, .. }: Pair) {
    tick().await;
    flag = !flag;
    drop(left);
}

struct Holder {
    items: Vec<u8>,
}

impl Holder {
    async fn method(&self, (x, _): (String, Vec<u8>), mut y: String) {
        tick().await;
        y.push_str(&x);
    }
}
