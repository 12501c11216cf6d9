// Lesson: tokio::join! of two Send futures (saved in the macro's `futures` local) is Send.
// Expect: Send; compiles with no errors.
async fn a() -> u32 {
    tokio::task::yield_now().await;
    1
}

async fn b() -> u32 {
    tokio::task::yield_now().await;
    2
}

async fn both() -> u32 {
    let (x, y) = tokio::join!(a(), b());
    x + y
}

pub fn start() {
    tokio::spawn(both());
}
