pub fn level() -> u32 {
    spool::io::BUFFER
}
