// A method the analysis may not know, called on a reference: the receiver is passed on
// through the reference (a reborrow or a copy), so the reference itself is not borrowed.
use futures::channel::mpsc::Sender;
async fn tick() {}
pub async fn send_through_mut_ref(tx: &mut Sender<u8>, n: u8) -> bool {
    use futures::sink::SinkExt as _;
    let ok = tx.send(n).await.is_ok();
    tick().await;
    ok
}
pub async fn held_mut_ref(tx: &mut Sender<u8>) -> usize {
    use futures::sink::SinkExt as _;
    let r = &mut *tx;
    let _ = r.send(1).await;
    tick().await;
    r.is_closed() as usize
}
pub async fn write_through_ref(out: &mut Vec<u8>) {
    use std::io::Write as _;
    let w = &mut *out;
    w.flush().unwrap();
    tick().await;
}
