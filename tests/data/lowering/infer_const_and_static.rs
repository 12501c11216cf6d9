// `const` and `static` items have declared types: a local read from one has that type.
// A static is a place the code reaches through a pointer, so borrowing it keeps no local.
const RETRIES: usize = 3;
const GREETING: &str = "hello";
static LIMITS: [u16; 4] = [10, 20, 40, 80];
static mut HITS: u64 = 0;

mod config {
    pub const TIMEOUT_MS: u32 = 250;
    pub static PORTS: [u16; 2] = [8080, 8443];
}

async fn pause() {}

pub async fn reads_items() -> usize {
    let retries = RETRIES;
    let greeting = GREETING;
    let limit = LIMITS[2];
    let hits = unsafe { HITS };
    let timeout = config::TIMEOUT_MS;
    let port = config::PORTS[1];
    pause().await;
    retries + greeting.len() + limit as usize + hits as usize + timeout as usize + port as usize
}

pub async fn borrows_a_static() -> u16 {
    let first = &LIMITS[0];
    pause().await;
    *first
}

pub async fn local_const() -> u64 {
    const SCALE: u64 = 1_000;
    let scaled = SCALE * 2;
    pause().await;
    scaled
}

fn main() {}
