// A trait object's leaf is printed as rustc prints that future's own type: written in a
// signature it has the default object lifetime, `(dyn Future<Output = u8> + 'static)`;
// annotated on a `let` in a body its lifetime is inferred and not printed. Both futures
// hold a `dyn` that is not Send; each names its own, whichever is checked first.
use std::future::Future;
use std::pin::Pin;

async fn ready_value() -> u8 {
    7
}

fn require_send<T: Send>(_: T) {}

pub async fn from_body() -> u8 {
    let pending: Pin<Box<dyn Future<Output = u8>>> = Box::pin(ready_value());
    pending.await
}

pub async fn from_signature(pending: Pin<Box<dyn Future<Output = u8>>>) -> u8 {
    pending.await
}

pub async fn from_body_again() -> u8 {
    let job: Box<dyn Fn() -> u8> = Box::new(|| 1);
    ready_value().await;
    job()
}

pub async fn from_signature_again(job: Box<dyn Fn() -> u8>) -> u8 {
    ready_value().await;
    job()
}

fn main() {
    require_send(from_body());
    require_send(from_signature(Box::pin(ready_value())));
    require_send(from_body_again());
    require_send(from_signature_again(Box::new(|| 2)));
}
