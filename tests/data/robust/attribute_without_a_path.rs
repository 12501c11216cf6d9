#=[allow(unused)]
async fn tick() {
    yield_now().await;
}
