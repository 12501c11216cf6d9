// A type a call leaves open stays one inference variable: through a closure's body (type-checked with its enclosing fn) and through later method calls, until a use settles it.
#![allow(unused)]

async fn tick() {}

fn run<F, T>(f: F) -> Option<T>
where
    F: FnOnce() -> T,
{
    Some(f())
}

pub async fn closure_output_settled_later() -> Option<Vec<u32>> {
    let pending = run(|| Vec::new());
    tick().await;
    pending
}

pub async fn method_on_open_receiver() -> Vec<String> {
    let copy = Vec::new().clone();
    tick().await;
    copy
}

pub async fn into_settled_by_return(path: std::path::PathBuf) -> std::io::Result<std::ffi::OsString> {
    let owned = std::fs::canonicalize(&path).map(Into::into);
    tick().await;
    owned
}

pub async fn through_rc_refcell() -> usize {
    let log = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    tick().await;
    log.borrow_mut().push(String::from("x"));
    let n = log.borrow().len();
    n
}

fn main() {}
