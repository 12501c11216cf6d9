// `spool::Socket` exists only with spool's `net` feature, which hub turns on through its
// own default feature `sockets`; gauge, read first, asks spool for `io` only. cargo
// compiles spool once with both.
async fn tick() {}

pub async fn hold(s: spool::Socket) -> u32 {
    let socket = s;
    tick().await;
    socket.fd + u32::from(socket.port) + gauge::level()
}
