// std::os::unix::net: a Unix socket is one owned descriptor (4 bytes, niche at -1); its SocketAddr is the C sockaddr_un and a length (116 bytes, align 4).
#![allow(unused)]

use std::os::unix::net::{SocketAddr, UnixDatagram, UnixListener, UnixStream};

async fn tick() {}

pub async fn datagram_kept(path: &str) -> std::io::Result<usize> {
    let socket = UnixDatagram::bind(path)?;
    let mut buf = [0u8; 16];
    let (n, from) = socket.recv_from(&mut buf)?;
    tick().await;
    socket.send(&buf[..n])?;
    drop(from);
    Ok(n)
}

pub async fn accepted(listener: UnixListener) -> Option<UnixStream> {
    let accepted = listener.accept();
    tick().await;
    accepted.ok().map(|(stream, _addr)| stream)
}

pub async fn maybe_addr(addr: Option<SocketAddr>) -> bool {
    tick().await;
    addr.is_some()
}

fn main() {}
