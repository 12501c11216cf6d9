pub mod net;
#[path = "platform/linux_impl.rs"]
mod platform;

pub use net::tcp::Connection;

macro_rules! cfg_local {
    ($($item:item)*) => {
        $(
            #[cfg(feature = "local")]
            $item
        )*
    };
}

#[cfg(feature = "local")]
pub type Shared<T> = std::rc::Rc<T>;
#[cfg(not(feature = "local"))]
pub type Shared<T> = std::sync::Arc<T>;

cfg_local! {
    pub struct OnlyLocal {
        pub count: std::rc::Rc<u8>,
    }
    pub fn only_local() -> OnlyLocal {
        OnlyLocal { count: std::rc::Rc::new(0) }
    }
}

async fn pause() {}

/// Holds a value across an await: generic, laid out per instance where it is awaited.
pub async fn hold_value<T>(value: T) -> T {
    pause().await;
    value
}
