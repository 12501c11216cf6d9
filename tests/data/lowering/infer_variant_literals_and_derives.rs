// A struct-like enum variant's literal has its enum's type, and a derived trait's
// associated fn (`#[derive(Default)]`'s `default()`) returns the type it is derived for.
#[derive(Default)]
struct Settings {
    retries: u8,
    name: String,
}

enum Command {
    Get { key: String },
    Stop,
}

async fn tick() {}

pub async fn struct_variant() -> usize {
    let cmd = Command::Get { key: String::from("k") };
    tick().await;
    match cmd {
        Command::Get { key } => key.len(),
        Command::Stop => 0,
    }
}

pub async fn derived_default() -> u8 {
    let settings = Settings::default();
    tick().await;
    settings.retries + settings.name.len() as u8
}

fn main() {
    let _ = Command::Stop;
}
