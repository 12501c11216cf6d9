// A stand-in for pin-project-lite: an exported macro that declares the struct it is
// given, through a second exported macro reached by a `$crate::` path.
#[macro_export]
macro_rules! wrap {
    ($(#[$attr:meta])* $vis:vis struct $name:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        $crate::__wrap_inner! { $vis struct $name { $($field : $ty),* } }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __wrap_inner {
    ($vis:vis struct $name:ident { $($field:ident : $ty:ty),* }) => {
        $vis struct $name { $($field : $ty),* }
    };
}
