// `use Trait as _` brings the trait's methods into scope without a name; several in one module all count, and a glob re-exports them.
#![allow(unused)]

mod ext {
    pub trait Twice {
        fn twice(&self) -> u64;
    }
    impl Twice for u8 {
        fn twice(&self) -> u64 {
            2 * *self as u64
        }
    }
    pub trait Label {
        fn label(&self) -> String;
    }
    impl Label for u8 {
        fn label(&self) -> String {
            format!("#{}", self)
        }
    }
}

mod prelude {
    pub use crate::ext::Label as _;
    pub use crate::ext::Twice as _;
}

mod uses_glob {
    use crate::prelude::*;

    async fn tick() {}

    pub async fn both(n: u8) -> usize {
        let doubled = n.twice();
        let name = n.label();
        tick().await;
        name.len() + doubled as usize
    }
}

mod uses_directly {
    use crate::ext::Label as _;
    use crate::ext::Twice as _;

    async fn tick() {}

    pub async fn label_kept(n: u8) -> u64 {
        let name = n.label();
        tick().await;
        name.len() as u64 + n.twice()
    }
}

fn main() {}
