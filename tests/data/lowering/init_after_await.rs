// `let x;` declared before an await and assigned after it is not saved there: it is neither initialised nor borrowed at the await (rustc's MaybeInitializedPlaces / MaybeBorrowedLocals).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn declared_then_set() -> usize {
    let text: String;
    tick().await;
    text = String::from("later");
    text.len()
}

async fn set_in_both_branches(flag: bool) -> usize {
    let text: String;
    tick().await;
    if flag {
        text = String::from("yes");
    } else {
        text = String::from("no");
    }
    tick().await;
    text.len()
}

async fn set_before_second_await() -> usize {
    let count: Vec<u8>;
    tick().await;
    count = vec![1, 2];
    tick().await;
    count.len()
}
