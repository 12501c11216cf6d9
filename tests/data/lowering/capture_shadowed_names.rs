// A name a closure or async block binds itself (a `let`, a parameter, an arm's pattern) is
// not a capture of the enclosing variable of that name (rustc_resolve ribs; upvar.rs
// captures only what the body mentions of the enclosing fn).
async fn g() {}
pub async fn inner_let_shadows() {
    let x = String::new();
    let fut = async {
        let x = 5u64;
        g().await;
        x
    };
    fut.await;
    drop(x);
}
pub async fn closure_param_shadows() {
    let x = String::new();
    let c = |x: u8| x + 1;
    let fut = async move {
        let y = c(1);
        g().await;
        y
    };
    fut.await;
    drop(x);
}
pub async fn match_arm_shadows() {
    let v = vec![1u8];
    let o = Some(3u32);
    let fut = async {
        match o { Some(v) => { g().await; v } None => 0 }
    };
    fut.await;
    drop(v);
}
pub async fn use_before_shadow() {
    let x = String::from("a");
    let fut = async {
        let n = x.len();
        let x = 1u64;
        g().await;
        n as u64 + x
    };
    fut.await;
    drop(x);
}
pub async fn nested_shadow() {
    let x = String::new();
    let fut = async {
        let x = 7u16;
        let inner = async { g().await; x };
        inner.await
    };
    fut.await;
    drop(x);
}
fn main() {}
