// Lesson: a boxed closure `Box<dyn Fn() -> u32>` has no Send bound: dyn Fn is !Send.
// Expect: NOT Send at `run_callback()`; held `callback: Box<dyn Fn() -> u32>`; leaf dyn Fn() -> u32: Send.
async fn run_callback() -> u32 {
    let callback: Box<dyn Fn() -> u32> = Box::new(|| 3);
    tokio::task::yield_now().await;
    callback()
}

pub fn start() {
    tokio::spawn(run_callback());
}
