// Awaits an async fn of a dependency (courier's Line::recv), which awaits its own.
pub async fn pump(line: &courier::Line) -> usize {
    let mut buf = [0u8; 20];
    let n = line.recv(&mut buf).await;
    n + buf.len()
}
