// Lesson: a non-move async block that awaits a captured receiver uses it by value (`rx.await` is
// `IntoFuture::into_future(rx)`), so rustc captures `rx` by value and the block is 'static.
// Expect: compiles.
use tokio::sync::oneshot;

pub async fn start() {
    let (tx, rx) = oneshot::channel::<u32>();
    let handle = tokio::spawn(async {
        let n = rx.await.unwrap();
        n + 1
    });
    tx.send(1).unwrap();
    handle.await.unwrap();
}
