#[path = "lib.rs"]
mod again;

pub async fn still_analysed() {}
