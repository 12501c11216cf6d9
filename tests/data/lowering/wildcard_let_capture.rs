// `let _ = place;` inside an async block or closure (edition 2021): the wildcard only
// fake-reads the place, so nothing is captured and the enclosing fn keeps its local.
async fn work() {}

pub struct Job {
    pub name: String,
    pub id: u64,
}

pub async fn block_borrows_nothing() {
    let n = String::from("x");
    let fut = async {
        let _ = n;
        work().await;
    };
    fut.await;
}

pub async fn move_block_moves_nothing() {
    let n = String::from("x");
    let fut = async move {
        let _ = n;
        work().await;
    };
    fut.await;
}

pub async fn closure_captures_nothing() {
    let n = String::from("x");
    let c = || {
        let _ = n;
    };
    c();
    work().await;
    drop(n);
}

pub async fn field_is_not_moved() {
    let job = Job { name: String::from("j"), id: 1 };
    let fut = async move {
        let _ = job.name;
        let _ = (job.id);
        work().await;
    };
    fut.await;
}

pub async fn another_use_still_captures() {
    let n = String::from("x");
    let fut = async move {
        let _ = n;
        work().await;
        n.len()
    };
    fut.await;
}
