// rustc names a value held across an await by its type with every lifetime erased, the
// `'static` of a string literal or a leaked reference included: `Rc<&str>`, `&Cell<u8>`.
use std::cell::Cell;
use std::rc::Rc;

async fn pause() {}

fn require_send<T: Send>(_: T) {}

fn leaked() -> &'static Cell<u8> {
    Box::leak(Box::new(Cell::new(0)))
}

pub async fn holds_rc_of_literal() {
    let label = Rc::new("ready");
    pause().await;
    drop(label);
}

pub async fn holds_static_reference() {
    let counter = leaked();
    pause().await;
    counter.set(1);
}

fn main() {
    require_send(holds_rc_of_literal());
    require_send(holds_static_reference());
}
