// Lesson: a method taking `self` (`String::into_bytes`) moves the receiver, so a non-move
// async block calling it captures the String by value; `drop(x)` moves too. Both blocks are 'static.
// Expect: compiles.
pub fn start() {
    let text = String::from("payload");
    tokio::spawn(async {
        tokio::task::yield_now().await;
        let bytes = text.into_bytes();
        println!("{}", bytes.len());
    });
    let guard = vec![0u8; 4];
    tokio::spawn(async {
        tokio::task::yield_now().await;
        drop(guard);
    });
}
