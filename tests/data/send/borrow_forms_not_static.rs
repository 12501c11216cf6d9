// Lesson: a spawned future borrows the caller's local in more ways than `&local`: through a
// field (`&config.name`), an index or slice (`&words[0]`, `&text[1..]`), a method that
// returns a reference into it (`text.as_str()`), or a reference made earlier (`let view = &text`).
// rustc names the borrowed place; where the borrow is implicit (an index, a method's `&self`)
// it points at the local itself, otherwise at the `&` expression.
// Expect: no Send site; other_errors has five E0597, one per start fn.
struct Config {
    name: String,
}

async fn show(name: &str) -> usize {
    tokio::task::yield_now().await;
    name.len()
}

pub fn through_field() {
    let config = Config { name: String::from("cfg") };
    tokio::spawn(show(&config.name));
}

pub fn through_index() {
    let words = vec![String::from("a")];
    tokio::spawn(show(&words[0]));
}

pub fn through_slice() {
    let text = String::from("cfg");
    tokio::spawn(show(&text[1..]));
}

pub fn through_method() {
    let text = String::from("cfg");
    tokio::spawn(show(text.as_str()));
}

pub fn through_earlier_reference() {
    let text = String::from("cfg");
    let view = &text;
    tokio::spawn(show(view));
}
