// Glob imports take the names they can see (rustc_resolve; Visibility::is_accessible_from): a pub(crate) or pub(super) item re-exported by `use self::unix::*` resolves where it is visible; a pub(super) one is skipped by a glob outside its scope, so another glob's name of the same spelling is the one used.
#![allow(unused)]
mod sys {
    mod unix {
        pub(crate) struct State {
            pub(crate) n: u32,
        }
        pub(super) struct Near {
            pub(super) n: u16,
        }
        pub(crate) use std::rc::Rc as Shared;
    }
    pub(crate) use self::unix::*;

    pub(crate) async fn hold_near(near: Near) {
        crate::tick().await;
        drop(near);
    }
}

mod a {
    pub mod b {
        pub(super) struct Item(pub std::rc::Rc<u8>);
    }
    pub mod d {
        pub struct Item(pub u8);
    }
}

mod c {
    pub use crate::a::b::*;
    pub use crate::a::d::*;
}

async fn tick() {}

pub async fn hold(state: sys::State, shared: sys::Shared<u8>, item: c::Item) {
    tick().await;
    drop((state, shared, item));
}
