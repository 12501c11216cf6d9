use std::io;

pub struct Socket {
    fd: i32,
    token: usize,
}

impl Socket {
    pub fn send(&self, buf: &[u8]) -> io::Result<usize> {
        Ok(buf.len() + self.fd as usize + self.token)
    }
}
