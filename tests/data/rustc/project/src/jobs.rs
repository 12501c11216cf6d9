pub async fn run(name: &str) -> usize {
    let label = name.to_uppercase();
    std::future::ready(()).await;
    label.len()
}
