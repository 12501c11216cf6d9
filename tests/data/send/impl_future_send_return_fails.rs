// Lesson: a fn declared `-> impl Future<Output = u32> + Send` whose async block holds an Rc
// across an await: rustc reports at the return type `impl Future<...> + Send`, not at the block.
// Expect: NOT Send; the site is the return type `impl Future<Output = u32> + Send` (not the block),
// with no requiring fn (required_by null); held `rc: Rc<u32>`; leaf Rc<u32>: Send.
use std::future::Future;
use std::rc::Rc;

pub fn make_job(seed: u32) -> impl Future<Output = u32> + Send {
    async move {
        let rc = Rc::new(seed);
        tokio::task::yield_now().await;
        *rc
    }
}
