// Lesson (third-party style): an async fn of a trait implemented for a wrapper, awaited
// through a generic; the instance `serve::<Logged<Plain>>` holds the wrapper's future, whose
// body keeps an Rc across its await. `serve::<Plain>` is Send.
// Expect: NOT Send at `serve(Logged(Plain))`; leaf Rc<String>: Send.
use std::rc::Rc;

pub trait Handler {
    async fn handle(&self, req: u32) -> u32;
}

pub struct Plain;
pub struct Logged<H>(H);

impl Handler for Plain {
    async fn handle(&self, req: u32) -> u32 {
        tokio::task::yield_now().await;
        req + 1
    }
}

impl Handler for Logged<Plain> {
    async fn handle(&self, req: u32) -> u32 {
        let line = Rc::new(format!("req {req}"));
        let out = self.0.handle(req).await;
        out + line.len() as u32
    }
}

async fn serve<H: Handler>(handler: H) -> u32 {
    handler.handle(7).await
}

pub fn start_logged() {
    tokio::spawn(serve(Logged(Plain)));
}

pub fn start_plain() {
    tokio::spawn(serve(Plain));
}
