use std::time::Duration;

async fn process(data: &[u8]) -> usize {
    let len = data.len();
    tokio::time::sleep(Duration::from_millis(10)).await;
    len + data.iter().filter(|&&b| b == 0).count()
}

async fn caller() {
    let bytes = vec![1, 2, 3, 0, 4, 0];
    let fut = process(&bytes);
    drop(bytes);  // can we?
    let result = fut.await;
}

async fn caller_awaits_first() {
    let bytes = vec![1, 2, 3, 0, 4, 0];
    let fut = process(&bytes);
    let result = fut.await;
    drop(bytes);
}
