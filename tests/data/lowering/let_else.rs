// `let ... else`: the bound value is saved across the following await; the else branch diverges without awaiting.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn first_word(text: String) -> usize {
    let Some(word) = text.split_whitespace().next() else {
        return 0;
    };
    let owned = word.to_string();
    tick().await;
    owned.len()
}
