pub mod cell;

pub use cell::Counter;

#[cfg(feature = "shared")]
pub type Handle = std::sync::Arc<Counter>;
#[cfg(not(feature = "shared"))]
pub type Handle = std::rc::Rc<Counter>;

pub fn handle() -> Handle {
    Handle::new(Counter { value: 0 })
}
