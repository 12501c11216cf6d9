// Lesson: every `return` value of an async fn is coerced to the declared output type too;
// each coercion to `Box<dyn Send>` needs its own value to be Send.
// Expect: NOT Send at the `return` value of early_return(); its tail (an Arc) is Send.
use std::rc::Rc;
use std::sync::Arc;

async fn step() {}

pub async fn early_return(flag: bool) -> Box<dyn Send> {
    if flag {
        return Box::new(async {
            let rc = Rc::new(1);
            step().await;
            drop(rc);
        });
    }
    Box::new(async {
        let shared = Arc::new(1);
        step().await;
        drop(shared);
    })
}
