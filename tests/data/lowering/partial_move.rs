// Moving one field out of a struct before the await: the rest of the struct is still saved for its drop.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

struct Request {
    path: String,
    body: Vec<u8>,
    id: u32,
}

fn consume(body: Vec<u8>) -> usize {
    body.len()
}

async fn handle(req: Request) -> usize {
    let n = consume(req.body);
    tick().await;
    n + req.path.len()
}

async fn handle_local() -> u32 {
    let req = Request { path: String::from("/"), body: vec![1, 2], id: 7 };
    let path = req.path;
    tick().await;
    req.id
}
