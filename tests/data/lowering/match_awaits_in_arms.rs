// `match` with awaits in its arms: arm bindings are saved only in their own arm's states; the partly moved-from scrutinee local stays saved.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

enum Command {
    Get(String),
    Put(String, Vec<u8>),
    Stop,
}

async fn run(cmd: Command) -> usize {
    match cmd {
        Command::Get(key) => {
            tick().await;
            key.len()
        }
        Command::Put(key, data) => {
            tick().await;
            tick().await;
            key.len() + data.len()
        }
        Command::Stop => 0,
    }
}
