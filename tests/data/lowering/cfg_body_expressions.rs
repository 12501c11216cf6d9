// #[cfg] inside expressions of async bodies: match arms, struct-literal fields, an async block statement and a closure statement under a false cfg are removed; a block-level item and a let without effect once the arm is gone.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Guard {
    len: usize,
    #[cfg(feature = "tracing")]
    span: String,
}

async fn arms(kind: u8) -> usize {
    let label = String::from("label");
    match kind {
        #[cfg(feature = "slow")]
        0 => {
            let buf = vec![0u8; 64];
            tick().await;
            buf.len()
        }
        #[cfg(not(feature = "slow"))]
        0 => 1,
        _ => {
            tick().await;
            label.len()
        }
    }
}

async fn fields(name: String) -> usize {
    let g = Guard {
        len: name.len(),
        #[cfg(feature = "tracing")]
        span: name.clone(),
    };
    tick().await;
    g.len
}

async fn blocks_and_closures(n: u64) -> u64 {
    let s = String::from("x");
    #[cfg(doc)]
    async {
        tick().await;
    }
    .await;
    #[cfg(test)]
    let f = || s.len();
    #[cfg(not(test))]
    let f = |x: u64| x + 1;
    tick().await;
    f(n)
}
