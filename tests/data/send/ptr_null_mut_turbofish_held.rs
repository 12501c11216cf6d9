// Lesson: `std::ptr::null_mut::<u32>()` is a `*mut u32` (the turbofish gives the fn's `T`), and
// raw pointers are neither Send nor Sync: holding one across an await makes the future !Send.
// Expect: not Send (the held `slot`, leaf `*mut u32`).
async fn wait() {}

async fn probe() {
    let slot = std::ptr::null_mut::<u32>();
    wait().await;
    let _ = slot.is_null();
}

fn main() {
    tokio::spawn(probe());
}
