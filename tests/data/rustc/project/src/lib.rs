// A Cargo project without dependencies, for the project mode of the rustc check.
mod jobs;

pub async fn run_all() -> usize {
    let names = vec![String::from("a"), String::from("b")];
    let done = jobs::run(&names[0]).await;
    done + names.len()
}
