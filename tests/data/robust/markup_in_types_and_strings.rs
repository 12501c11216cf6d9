use std::rc::Rc;
async fn step() {}
async fn f() {
    let label: Rc<&str> = Rc::new("<b>&amp;	\"quoted\"</b>");
    step().await;
    drop(label);
}
fn require_send<T: Send>(_: T) {}
fn main() { require_send(f()); }
