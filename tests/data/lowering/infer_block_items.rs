// Items declared in a block (`use`, struct, impl, fn) are seen by that block's code only, before the module's items of the same name (rustc_resolve build_reduced_graph_for_block, resolve_ident_in_lexical_scope): a `use` in the body names the callee, a body's struct is awaited, an inner block's import shadows an outer one, and a body's fn is called.
#![allow(unused)]

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

async fn tick() {
    tokio::task::yield_now().await;
}

pub struct Record {
    pub id: u64,
}

mod store {
    pub struct Record {
        pub id: u64,
        pub tag: [u8; 40],
    }

    pub async fn load(id: u64) -> Record {
        super::tick().await;
        Record { id, tag: [0; 40] }
    }
}

async fn imported_in_body(id: u64) -> u64 {
    use store::load;
    let record = load(id).await;
    tick().await;
    record.id
}

async fn struct_in_body() -> u8 {
    struct Countdown {
        left: [u8; 3],
    }

    impl Future for Countdown {
        type Output = u8;
        fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u8> {
            if self.left[0] == 0 {
                return Poll::Ready(7);
            }
            self.left[0] -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }

    Countdown { left: [2, 0, 0] }.await
}

async fn shadowed_in_inner_block(id: u64) -> u64 {
    let outer = Record { id };
    let inner = {
        use store::Record;
        let r: Record = store::load(id).await;
        tick().await;
        r.id
    };
    tick().await;
    outer.id + inner
}

async fn fn_in_body(id: u64) -> u64 {
    fn pair(id: u64) -> (u64, [u8; 12]) {
        (id * 2, [0; 12])
    }
    let doubled = pair(id);
    tick().await;
    doubled.0
}
