// Lesson: edition 2021 captures disjoint fields (RFC 2229): moving `job.name` captures that field
// by value, while reading the Copy field `job.id` captures `job.id` by reference, so rustc
// still rejects the spawn with E0373.
// Expect: E0373 at `async`, borrows `job.id`.
pub struct Job { pub id: u32, pub name: String }

fn consume(s: String) -> usize { s.len() }

pub fn start() {
    let job = Job { id: 7, name: String::from("a") };
    tokio::spawn(async {
        tokio::task::yield_now().await;
        let n = consume(job.name);
        println!("{} {}", n, job.id);
    });
}
