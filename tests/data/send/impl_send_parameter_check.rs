// Lesson: a parameter written `impl Send` is an anonymous type parameter bounded by Send,
// so passing a future to it checks that future exactly as `<T: Send>(_: T)` would.
// Expect: NOT Send at `hold_counter(7)` and `hold_counter(8)` (held `counter`, leaf
// Rc<u32>); Send at `short_lived(7)`, whose Rc ends before the await.
use std::rc::Rc;

async fn idle() {}

fn must_be_send(_: impl Send) {}

fn spawn_like(_task: impl std::future::Future<Output = ()> + Send + 'static) {}

async fn hold_counter(start: u32) {
    let counter = Rc::new(start);
    idle().await;
    println!("{}", counter);
}

async fn short_lived(start: u32) {
    {
        let counter = Rc::new(start);
        println!("{}", counter);
    }
    idle().await;
}

pub fn check() {
    must_be_send(hold_counter(7));
    must_be_send(short_lived(7));
    spawn_like(hold_counter(8));
}
