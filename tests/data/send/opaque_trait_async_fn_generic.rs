// Lesson: async fn in a trait, called through a generic `S: Source`: whether the caller's
// future is Send depends on the instance. `run::<Local>` awaits Local's future, which
// holds an Rc; `run::<Remote>` (in the same file) is Send.
// Expect: NOT Send at `run(Local)`; leaf Rc<u32>: Send.
use std::rc::Rc;

pub trait Source {
    async fn fetch(&self) -> u32;
}

pub struct Local;
pub struct Remote;

impl Source for Local {
    async fn fetch(&self) -> u32 {
        let rc = Rc::new(3u32);
        tokio::task::yield_now().await;
        *rc
    }
}

impl Source for Remote {
    async fn fetch(&self) -> u32 {
        tokio::task::yield_now().await;
        4
    }
}

async fn run<S: Source>(source: S) -> u32 {
    source.fetch().await + 1
}

pub fn start_local() {
    tokio::spawn(run(Local));
}

pub fn start_remote() {
    tokio::spawn(run(Remote));
}
