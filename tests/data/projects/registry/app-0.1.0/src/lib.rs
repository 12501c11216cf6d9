use std::io;

async fn tick() {}

pub async fn hold(socket: wire::Socket) -> io::Result<usize> {
    tick().await;
    socket.send(&[1, 2])
}

pub async fn sent(socket: &wire::Socket) -> usize {
    let n = socket.send(b"ab");
    tick().await;
    n.unwrap_or(0)
}
