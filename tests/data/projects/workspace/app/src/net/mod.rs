pub mod tcp;
pub mod ready;
