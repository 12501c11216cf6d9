// Operands are evaluated into temporaries left to right (rustc_mir_build as_operand/as_temp): an operand before an await in a later operand is held in a temporary across it, a place operand included (its local is moved or copied out first).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn echo(n: usize) -> usize {
    tick().await;
    n
}

fn combine(a: String, b: usize) -> usize {
    a.len() + b
}

fn add(a: usize, b: usize) -> usize {
    a + b
}

struct Pair {
    text: String,
    n: usize,
}

async fn moved_place_argument() -> usize {
    let text = String::from("a");
    combine(text, echo(1).await)
}

async fn copied_place_argument() -> usize {
    let n = 5usize;
    add(n, echo(1).await)
}

async fn place_left_operand() -> usize {
    let m = 5usize;
    m + echo(1).await
}

async fn tuple_elements() -> (String, usize) {
    let owned = String::from("b");
    (owned, echo(1).await)
}

async fn struct_fields() -> Pair {
    let label = String::from("c");
    Pair { text: label, n: echo(2).await }
}

async fn receiver_autoref() {
    let mut list = vec![1usize];
    list.push(echo(3).await);
}
