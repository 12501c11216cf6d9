#[macro_use]
mod macros;
mod meter;

pub use meter::Meter;

// A dependency's macro named by its path.
pins::wrap! {
    pub struct Label { text: std::rc::Rc<str> }
}
