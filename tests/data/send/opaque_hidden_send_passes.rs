// Lesson: auto-trait leakage works both ways: `impl Iterator` hides a `std::ops::Range<u32>`,
// which is Send, so a future holding the opaque iterator across an await is Send.
// Expect: Send; compiles with no errors.
fn numbers() -> impl Iterator<Item = u32> {
    0..4
}

async fn step() {}

async fn walk() -> u32 {
    let mut total = 0;
    for n in numbers() {
        step().await;
        total += n;
    }
    total
}

fn main() {
    tokio::spawn(walk());
}
