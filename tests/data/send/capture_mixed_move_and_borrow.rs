// Lesson: capture modes are decided per variable: `name` is moved (passed by value), `count`
// (a Vec read through `len()`) is only borrowed, so the block still borrows `count` (E0373).
// Expect: E0373 at `async`, borrows `count`.
fn consume(s: String) -> usize { s.len() }

pub fn start() {
    let name = String::from("job");
    let count = vec![1, 2, 3];
    tokio::spawn(async {
        tokio::task::yield_now().await;
        let n = consume(name);
        println!("{} {}", n, count.len());
    });
}
