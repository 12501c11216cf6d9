// Lesson: a type parameter is only what its bounds say. `T: 'static` says nothing about Send,
// so a `T` held across an await makes the spawned future !Send; `T: Send + 'static` fixes it.
// Expect: not Send in `start_unbounded` (the held `item: T`); Send in `start_bounded`.
use std::time::Duration;

async fn pause() {
    tokio::time::sleep(Duration::from_millis(5)).await;
}

pub fn start_unbounded<T: 'static>(payload: T) {
    tokio::spawn(async move {
        let item = payload;
        pause().await;
        drop(item);
    });
}

pub fn start_bounded<T: Send + 'static>(payload: T) {
    tokio::spawn(async move {
        let item = payload;
        pause().await;
        drop(item);
    });
}

fn main() {}
