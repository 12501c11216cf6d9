// Lesson: the generics in scope include an impl's: `impl<S: 'static> Worker<S>` gives `S` no
// Send bound, so a method spawning a future that holds `S` is rejected. A bound through a
// supertrait (`trait Task: Send`) is a Send bound.
// Expect: not Send in `Worker::run` (the held `state: S`); Send in `launch`.
use std::time::Duration;

pub trait Task: Send {
    fn id(&self) -> u32;
}

pub struct Worker<S> {
    state: S,
}

impl<S: 'static> Worker<S> {
    pub fn run(self) {
        tokio::spawn(async move {
            let state = self.state;
            tokio::time::sleep(Duration::from_millis(1)).await;
            drop(state);
        });
    }
}

pub fn launch<J>(job: J)
where
    J: Task + 'static,
{
    tokio::spawn(async move {
        let current = job;
        tokio::time::sleep(Duration::from_millis(1)).await;
        println!("{}", current.id());
    });
}

fn main() {}
