#[cfg(feature = "io")]
pub mod io {
    pub const BUFFER: u32 = 8;
}

#[cfg(feature = "net")]
pub struct Socket {
    pub fd: u32,
    pub port: u16,
}
