// A stand-in with the name of a crate the prelude describes (resources/prelude/tokio.rs),
// for ProjectRegistry.APreludeCrateKeepsItsDescriptionAndGainsWhatOnlyItsSourcesHave.
// Version 9 so that no real tokio in a registry on the machine answers `tokio = "9"`.

pub mod sync {
    // Unlike the real tokio's and the prelude's (tokio::sync::mutex::Mutex, re-exported
    // here): an Rc makes this one !Send. Where the prelude has a description of a name, it
    // is the one used, so `tokio::sync::Mutex<u8>` stays Send.
    pub struct Mutex<T> {
        owner: std::rc::Rc<()>,
        value: T,
    }

    // In a module the prelude has too, a name only these sources have.
    pub struct Gate {
        open: bool,
        waiting: u32,
    }
}

// A module the prelude does not have.
pub mod net {
    pub struct TcpStream {
        fd: i32,
    }
}
