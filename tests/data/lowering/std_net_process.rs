// std's sockets, addresses and child processes held across an await: their sizes (a socket is one descriptor, 4 bytes; SocketAddr 32; IpAddr 17; Child 28; Command 200) and niches (Option<TcpStream> is 4 bytes).
#![allow(unused)]
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};

async fn tick() {}

async fn serve_one() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let (stream, peer) = listener.accept()?;
    let ip: IpAddr = peer.ip();
    tick().await;
    println!("{:?} {} {}", stream, peer, ip);
    Ok(())
}

async fn maybe_connect(addr: SocketAddr) -> Option<TcpStream> {
    let stream = TcpStream::connect(addr).ok();
    tick().await;
    stream
}

async fn run_child() -> std::io::Result<bool> {
    let mut command = Command::new("true");
    command.stdout(Stdio::null());
    let mut child: Child = command.spawn()?;
    tick().await;
    let status = child.wait()?;
    tick().await;
    drop(command);
    Ok(status.success())
}
