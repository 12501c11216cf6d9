// Lesson (third-party style): a handler kept as `Box<dyn Trait>` (no `+ Send`) across an
// await in a spawned block; rustc names the trait object as the leaf.
// Expect: NOT Send at the async block; held `handler`; leaf dyn Handler: Send.
pub trait Handler {
    fn call(&self, n: u32) -> u32;
}

struct Double;

impl Handler for Double {
    fn call(&self, n: u32) -> u32 {
        n * 2
    }
}

pub fn start() {
    tokio::spawn(async {
        let handler: Box<dyn Handler> = Box::new(Double);
        tokio::task::yield_now().await;
        handler.call(3)
    });
}
