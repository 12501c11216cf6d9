// A call that never returns (`-> !`, or an enum with no variants) ends the path: the await
// after it is unreachable, so nothing is held across it and the futures are Send. Only the
// branch that can continue keeps `shared` across its await.
use std::rc::Rc;

pub enum Never {}

fn halt() -> ! {
    panic!("stopped")
}

fn impossible() -> Never {
    loop {}
}

async fn step() {}

fn require_send<T: Send>(_: T) {}

pub async fn after_halt() {
    let shared = Rc::new(1);
    halt();
    step().await;
    drop(shared);
}

pub async fn after_empty_enum() {
    let shared = Rc::new(2);
    impossible();
    step().await;
    drop(shared);
}

pub async fn after_panic_macro() {
    let shared = Rc::new(3);
    unimplemented!("later");
    step().await;
    drop(shared);
}

pub async fn halts_on_one_branch(stop: bool) {
    let shared = Rc::new(4);
    if stop {
        halt();
    }
    step().await;
    drop(shared);
}

fn main() {
    require_send(after_halt());
    require_send(after_empty_enum());
    require_send(after_panic_macro());
    require_send(halts_on_one_branch(true));
}
