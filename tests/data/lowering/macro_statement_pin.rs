// A `pin!(x);` statement of a library's own macro_rules (futures-lite's src/macros.rs,
// copied here): `let mut x = x;` then a shadowing `let mut x = Pin::new_unchecked(&mut x)`,
// so two `fut` bindings are saved, the moved value and its 8-byte Pin.
#![allow(unused)]

macro_rules! pin {
    ($($x:ident),* $(,)?) => {
        $(
            let mut $x = $x;
            #[allow(unused_mut)]
            let mut $x = unsafe {
                core::pin::Pin::new_unchecked(&mut $x)
            };
        )*
    }
}

async fn tick() {
    tokio::task::yield_now().await;
}

async fn work(n: u64) -> u64 {
    tick().await;
    n
}

pub async fn statement_pin() -> u64 {
    let fut = work(3);
    pin!(fut);
    tick().await;
    fut.await
}
