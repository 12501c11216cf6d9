// Lesson: the same `-> impl Future + Send` fn with the Rc scoped before the await is Send.
// Expect: Send; compiles with no errors.
use std::future::Future;
use std::rc::Rc;

pub fn make_job(seed: u32) -> impl Future<Output = u32> + Send {
    async move {
        let doubled = {
            let rc = Rc::new(seed);
            *rc * 2
        };
        tokio::task::yield_now().await;
        doubled
    }
}
