// Lesson: an async fn moves a pattern parameter into a local rustc names after the binding
// (`ref r` -> `r`, `_` -> `_`) or `__argN`, and its note names that local by the pattern's
// text; a `ref` binding's own local is a `&T` that rustc names too.
// Expect: NOT Send at each call; held `r`, `_`, `Job { flag, .. }`.
use std::rc::Rc;

async fn step() {}

fn assert_send<T: Send>(_: T) {}

pub struct Job {
    flag: bool,
    data: Rc<u8>,
}

pub async fn by_ref(ref r: Rc<u8>) {
    step().await;
    let _ = r;
}

pub async fn ignored(_: Rc<String>) {
    step().await;
}

pub async fn pair(n: u8, Job { flag, .. }: Job) {
    step().await;
    let _ = flag;
}

pub fn checks() {
    assert_send(by_ref(Rc::new(1)));
    assert_send(ignored(Rc::new(String::new())));
    assert_send(pair(1, Job { flag: true, data: Rc::new(2) }));
}
