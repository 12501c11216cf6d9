// Lesson: a plain fn's `return` value is coerced to its declared `Box<dyn Future + Send>` like
// its tail; an async fn's tail that is a local holding `Box<{async block}>` is coerced too.
// Expect: NOT Send at the `return` value of plain() and at the tail `b` of local_tail(); held `rc`.
use std::future::Future;
use std::rc::Rc;
async fn step() {}
pub fn plain(flag: bool) -> Box<dyn Future<Output = ()> + Send> {
    if flag {
        return Box::new(async {
            let rc = Rc::new(1);
            step().await;
            drop(rc);
        });
    }
    Box::new(step())
}
pub async fn local_tail() -> Box<dyn Send> {
    let b = Box::new(async {
        let rc = Rc::new(1);
        step().await;
        drop(rc);
    });
    b
}
