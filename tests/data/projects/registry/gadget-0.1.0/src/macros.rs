// Like tokio's cfg_not_wasi!: writes a `#[cfg]` (and a `cfg_attr`) in front of each item,
// where the source has no room for it.
macro_rules! cfg_unix {
    ($($item:item)*) => {
        $(
            #[cfg(unix)]
            #[cfg_attr(docsrs, doc(cfg(unix)))]
            $item
        )*
    }
}
