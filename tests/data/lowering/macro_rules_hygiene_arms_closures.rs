// macro_rules! hygiene for bindings the transcriber writes in match arms and closure parameters: they are the macro's own and do not capture the caller's same-named locals passed in as `$e`.
#![allow(unused)]
async fn tick() -> u32 { 1 }
macro_rules! arm_bind {
    ($scrut:expr, $e:expr) => {
        match $scrut {
            Some(name) => { tick().await; name.len() + $e }
            None => $e,
        }
    };
}
macro_rules! closure_param {
    ($e:expr) => {{
        let f = |name: usize| name + $e;
        let r = f(3);
        tick().await;
        r
    }};
}
pub async fn arms() -> usize {
    let name = vec![1u8; 40];
    let v = arm_bind!(Some(String::from("x")), name.len());
    tick().await;
    v + name.len()
}
pub async fn closure_params() -> usize {
    let name = String::from("caller");
    let v = closure_param!(name.len());
    v + name.len()
}
fn main() {}
