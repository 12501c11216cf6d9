// A future made from a call that borrows a local holds the borrow until it is awaited or dropped: moving, assigning or mutably borrowing the local before that is a borrowck error at the move (E0505 / E0506 / E0502); awaiting or dropping the future first is fine, and so is copying a Copy local.
// Expect: no Send site; E0505 at `drop(bytes)` (twice: later awaited, and only dropped at the end), at `let moved = reader`, at `let taken = buf`; E0506 at `bytes = Vec::new()`; E0502 at `bytes.push(4)`
#![allow(unused)]
async fn process(data: &[u8]) -> usize {
    tokio::task::yield_now().await;
    data.len()
}
async fn fill(data: &mut Vec<u8>) {
    tokio::task::yield_now().await;
    data.push(1);
}
struct Reader {
    buf: Vec<u8>,
}
impl Reader {
    async fn run(&self) -> usize {
        tokio::task::yield_now().await;
        self.buf.len()
    }
}
async fn moved_then_awaited() {
    let bytes = vec![1, 2, 3, 0, 4, 0];
    let fut = process(&bytes);
    drop(bytes);
    let result = fut.await;
}
async fn awaited_first() {
    let bytes = vec![1, 2, 3];
    let fut = process(&bytes);
    let result = fut.await;
    drop(bytes);
}
async fn never_awaited() {
    let bytes = vec![1, 2, 3];
    let fut = process(&bytes);
    drop(bytes);
}
async fn dropped_future_first() {
    let bytes = vec![1, 2, 3];
    let fut = process(&bytes);
    drop(fut);
    drop(bytes);
}
async fn assigned() {
    let mut bytes = vec![1, 2, 3];
    let fut = process(&bytes);
    bytes = Vec::new();
    fut.await;
}
async fn mut_borrowed() {
    let mut bytes = vec![1, 2, 3];
    let fut = process(&bytes);
    bytes.push(4);
    fut.await;
}
async fn method_self() {
    let reader = Reader { buf: vec![1] };
    let fut = reader.run();
    let moved = reader;
    fut.await;
}
async fn mut_arg_moved() {
    let mut buf = Vec::new();
    let fut = fill(&mut buf);
    let taken = buf;
    fut.await;
}
async fn plain_local_copy() {
    let bytes = [1u8, 2, 3];
    let fut = process(&bytes);
    let copy = bytes;
    fut.await;
}
