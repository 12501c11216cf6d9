// Lesson: a non-move async block that only moves fields out of a struct (`job.name`, `job.tags`)
// captures those fields by value (edition 2021), so it borrows nothing and is 'static.
// Expect: compiles.
pub struct Job { pub name: String, pub tags: Vec<String> }

fn consume(s: String, t: Vec<String>) -> usize { s.len() + t.len() }

pub fn start() {
    let job = Job { name: String::from("a"), tags: Vec::new() };
    tokio::spawn(async {
        tokio::task::yield_now().await;
        let n = consume(job.name, job.tags);
        println!("{}", n);
    });
}
