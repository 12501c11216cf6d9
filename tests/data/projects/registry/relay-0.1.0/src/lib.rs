// Awaits an async fn of a dependency (courier's Line::recv), which awaits its own; and
// makes instances of the generic async fns of keep.rs: `keep` twice, with arguments of
// different sizes, `keep_one` once.
mod keep;
mod renamed;

pub async fn pump(line: &courier::Line) -> usize {
    let mut buf = [0u8; 20];
    let n = line.recv(&mut buf).await;
    n + buf.len()
}

pub async fn instances() -> u64 {
    let small = keep::keep(1u8).await;
    let large = keep::keep([2u64; 4]).await;
    let one = keep::keep_one(String::from("one")).await;
    small as u64 + large[0] + one.len() as u64
}
