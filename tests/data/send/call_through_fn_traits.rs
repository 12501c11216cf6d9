// Calling a value goes through one of the Fn traits, and that decides what the await keeps:
// a `Box<dyn FnOnce>` is moved into its call (gone before the await), a `Box<dyn Fn>` is
// borrowed by it (kept to the end of its scope), so only the second future holds the
// non-Send box across its await. A reference is called through its referent.
async fn step() {}

fn require_send<T: Send>(_: T) {}

fn make_once() -> Box<dyn FnOnce() -> u32> {
    Box::new(|| 1)
}

fn make_fn() -> Box<dyn Fn() -> u32> {
    Box::new(|| 2)
}

pub async fn once_then_await() -> u32 {
    let job = make_once();
    let n = job();
    step().await;
    n
}

pub async fn fn_then_await() -> u32 {
    let job = make_fn();
    let n = job();
    step().await;
    n
}

pub async fn fn_by_reference() -> u32 {
    let job = make_fn();
    let n = (&job)();
    drop(job);
    step().await;
    n
}

fn main() {
    require_send(once_then_await());
    require_send(fn_then_await());
    require_send(fn_by_reference());
}
