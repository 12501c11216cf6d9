// Lesson: a trait's `async fn` called through a type parameter (`T::tick()`, `job.step()`)
// returns the future of whichever impl `T` picks: an opaque projection with no `Send` bound,
// so a generic caller cannot spawn it even with `T: Send + Sync`.
// Expect: NOT Send at `relay::<T>()` and at `drive(job)`; awaits `T::tick()` / `job.step()`;
// leaf `impl Future<Output = ()>`: Send.
pub trait Task {
    async fn tick();
    async fn step(&self) -> u8;
}

async fn relay<T: Task>() {
    T::tick().await;
}

async fn drive<T: Task>(job: T) -> u8 {
    let first = job.step().await;
    first + 1
}

pub fn start_relay<T: Task + 'static>() {
    tokio::spawn(relay::<T>());
}

pub fn start_drive<T: Task + Send + Sync + 'static>(job: T) {
    tokio::spawn(drive(job));
}
