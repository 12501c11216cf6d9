// A local with drop glue stays saved across an await even if never used afterwards (its drop at scope end is a use).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn describe() -> usize {
    let label = String::from("sensor");
    let readings = vec![1.5f64, 2.5, 4.0];
    let count = readings.len();
    tick().await;
    count
}
