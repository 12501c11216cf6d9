// Lesson: an Rc whose block ends before the await is never saved in the state machine.
// Expect: Send; compiles with no errors.
use std::rc::Rc;

async fn step() -> u32 {
    tokio::task::yield_now().await;
    1
}

async fn worker() -> u32 {
    let a = step().await;
    let doubled = {
        let rc = Rc::new(a);
        *rc * 2
    };
    let b = step().await;
    doubled + b
}

pub fn start() {
    tokio::spawn(worker());
}
