// Third-party style (tokio docs' actor pattern): a worker draining an mpsc channel and answering
// through a oneshot carried in each request; the caller sends a struct literal and awaits the reply.
#![allow(unused)]
use tokio::sync::{mpsc, oneshot};

pub struct Request {
    key: String,
    reply: oneshot::Sender<usize>,
}

pub async fn worker(mut rx: mpsc::Receiver<Request>) -> usize {
    let mut served = 0usize;
    while let Some(req) = rx.recv().await {
        let len = req.key.len();
        tokio::task::yield_now().await;
        let _ = req.reply.send(len);
        served += 1;
    }
    served
}

pub async fn ask(tx: mpsc::Sender<Request>, key: &str) -> Option<usize> {
    let (reply, rx) = oneshot::channel();
    tx.send(Request { key: key.to_string(), reply }).await.ok()?;
    rx.await.ok()
}
