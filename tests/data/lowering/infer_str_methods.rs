// `str` methods whose results are held across an await: each is a `&str`, an
// `Option<&str>`, a pair of `&str` or a `String`, as std declares them.
async fn tick() {}
pub async fn host_of(raw: String) -> usize {
    let host = raw.trim_start_matches('[').trim_end_matches(']');
    let bare = host.strip_prefix("www.");
    let parts = host.split_once(':');
    let lower = host.to_ascii_lowercase();
    tick().await;
    host.len() + bare.map_or(0, |b| b.len()) + parts.map_or(0, |(a, _)| a.len()) + lower.len()
}
pub async fn edges(line: &str) -> usize {
    let (head, tail) = line.trim().split_at(1);
    let end = line.rfind(';');
    tick().await;
    head.len() + tail.len() + end.unwrap_or(0)
}
