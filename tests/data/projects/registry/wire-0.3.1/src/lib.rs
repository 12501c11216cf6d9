mod net;

pub use net::Socket;
