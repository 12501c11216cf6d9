// An older release with a smaller Socket: app's "0.3" must not pick it.
pub struct Socket {
    pub fd: i32,
}
