// An `async move |..|` closure capturing a String: called by reference, its body captures `_ref__` upvars.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn greet_all(names: Vec<String>) -> usize {
    let greeting = String::from("hello");
    let greet = async move |who: String| -> usize {
        tick().await;
        greeting.len() + who.len()
    };
    let mut total = 0;
    for n in names {
        total += greet(n).await;
    }
    total
}
