// Lesson: `Box<dyn Fn() -> u32 + Send>` carries the Send bound, so holding it across an await is fine.
// Expect: Send; compiles with no errors.
async fn run_callback() -> u32 {
    let callback: Box<dyn Fn() -> u32 + Send> = Box::new(|| 3);
    tokio::task::yield_now().await;
    callback()
}

pub fn start() {
    tokio::spawn(run_callback());
}
