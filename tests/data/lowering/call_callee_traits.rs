// A call of a value goes through the Fn trait its type allows, which decides what the await
// keeps (rustc_hir_typeck callee.rs): FnOnce moves the callee into the call, Fn and FnMut
// borrow it (saved to the end of its scope), a fn pointer is copied, a reference is called
// through its referent (a reborrow, no borrow of the local). The call returns the trait's
// Output.
async fn tick() {}

fn make_once() -> impl FnOnce() -> u16 {
    || 7
}

pub async fn boxed_once(job: Box<dyn FnOnce() -> u8>) -> u8 {
    let n = job();
    tick().await;
    n
}

pub async fn boxed_mut(mut job: Box<dyn FnMut() -> u8>) -> u8 {
    let n = job();
    tick().await;
    n
}

pub async fn pointer(job: fn() -> u8) -> u8 {
    let n = job();
    tick().await;
    n
}

pub async fn through_reference(job: &dyn Fn() -> u64) -> u64 {
    let n = job();
    tick().await;
    n
}

pub async fn opaque_once() -> u16 {
    let job = make_once();
    let n = job();
    tick().await;
    n
}

pub async fn generic_once<F: FnOnce() -> u32>(job: F) -> u32 {
    let n = job();
    tick().await;
    n
}

pub async fn generic_fn<F>(job: F) -> u32
where
    F: Fn() -> u32,
{
    let n = job();
    tick().await;
    n
}

fn main() {
    let big = [1u8; 16];
    let _ = generic_once(move || big.len() as u32);
    let _ = generic_fn(move || big[0] as u32);
}
