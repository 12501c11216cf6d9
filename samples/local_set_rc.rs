// spawn_local on a LocalSet keeps an Rc legal
//
// `tokio::task::spawn_local` runs the future on the thread that owns the
// LocalSet, so it never asks for Send. The `Rc` held across the await in
// `count_words` is fine there, although the same future would be rejected by
// `tokio::spawn`. The LocalSet itself is !Send, which is what ties it to its
// thread.

use std::rc::Rc;
use tokio::task::LocalSet;

async fn count_words(text: Rc<String>) -> usize {
    tokio::task::yield_now().await; // `text` is held here: !Send, and that is fine
    text.split_whitespace().count()
}

#[tokio::main]
async fn main() {
    let local = LocalSet::new();
    let text = Rc::new("one two three".to_string());
    let words = local
        .run_until(async move { tokio::task::spawn_local(count_words(text)).await.unwrap() })
        .await;
    println!("{words} words");
}
