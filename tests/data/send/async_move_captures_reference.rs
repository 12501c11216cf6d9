// Lesson: `async move` moves what the block names into the future - but when that is a
// reference to a local (`let view = &text`), only the reference moves, and the future still
// borrows the local. rustc reports it at the borrow, not at the block.
// Expect: no Send site; other_errors has two E0597 (`text` does not live long enough): at
// `&text`, and at `text` in `text.as_str()`.
pub fn through_reference() {
    let text = String::from("cfg");
    let view = &text;
    tokio::spawn(async move {
        println!("{}", view.len());
    });
}

pub fn through_method() {
    let text = String::from("cfg");
    let view = text.as_str();
    tokio::spawn(async move {
        println!("{}", view.len());
    });
}

pub fn owned_is_fine() {
    let text = String::from("cfg");
    tokio::spawn(async move {
        println!("{}", text.len());
    });
}
