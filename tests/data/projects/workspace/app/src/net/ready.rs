// Futures declared inside item macros, at the module level and among an impl's items: they
// keep their own lines. `Mode` is Copy around a type Awaitscope has no definition of.
use crate::Connection;

macro_rules! cfg_local_items {
    ($($item:item)*) => {
        $(
            #[cfg(feature = "local")]
            $item
        )*
    };
}

macro_rules! cfg_threaded_items {
    ($($item:item)*) => {
        $(
            #[cfg(not(feature = "local"))]
            $item
        )*
    };
}

#[derive(Clone, Copy)]
pub struct Mode(pub std::net::Shutdown);

async fn tick() {}

cfg_local_items! {
    pub async fn wait_local(connection: &Connection) -> u16 {
        let port = connection.port;
        tick().await;
        port
    }
}

cfg_threaded_items! {
    pub async fn wait_threaded() {
        tick().await;
    }
}

impl Connection {
    cfg_local_items! {
        /// Waits until the connection is ready; `mode` is not kept across the await.
        pub async fn ready(&self, mode: Mode) -> u16 {
            let copied = mode;
            tick().await;
            self.port
        }
    }

    /// Awaits `ready`, a member of the same impl written inside the item macro: the
    /// awaited value is `ready`'s own future.
    #[cfg(feature = "local")]
    pub async fn wait_ready(&self) -> u16 {
        let mode = Mode(std::net::Shutdown::Both);
        self.ready(mode).await
    }
}

/// Awaits async fns of other files: their futures are laid out from their bodies, the
/// generic one with the call's type argument.
pub async fn wait_elsewhere() -> u64 {
    crate::net::tcp::hold_connection().await;
    crate::hold_value(7u64).await
}
