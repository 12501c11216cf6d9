// `ref` patterns, default binding modes, `&raw const`, `addr_of!` and two-phase borrows borrow the local they bind from, so it stays saved; a by-copy binding does not.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

#[derive(Clone, Copy)]
struct Counter(u64, u64);

impl Counter {
    fn get(&self) -> u64 {
        self.0
    }
    fn add(&mut self, n: u64) {
        self.0 += n;
    }
}

async fn ref_pattern() -> u64 {
    let pair = (1u64, 2u64);
    let (ref a, _) = pair;
    let v = *a;
    tick().await;
    v
}

async fn default_binding_mode() -> u64 {
    let triple = (1u64, 2u64, 3u64);
    let (a, _, _) = &triple;
    let v = *a;
    tick().await;
    v
}

async fn match_ref_binding() -> u64 {
    let opt = Some(3u64);
    let v = match opt {
        Some(ref n) => *n,
        None => 0,
    };
    tick().await;
    v
}

async fn match_copy_binding() -> u64 {
    let opt2 = Some(3u64);
    let v = match opt2 {
        Some(n) => n,
        None => 0,
    };
    tick().await;
    v
}

async fn raw_borrow() -> u64 {
    let x = 9u64;
    let p = &raw const x;
    tick().await;
    0
}

async fn addr_of_macro() -> u64 {
    let y = 9u64;
    let p = std::ptr::addr_of!(y);
    tick().await;
    0
}

async fn two_phase() -> u64 {
    let mut counter = Counter(1, 2);
    counter.add(counter.get());
    let v = counter.1;
    tick().await;
    v
}
