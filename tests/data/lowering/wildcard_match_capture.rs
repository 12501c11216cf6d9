// `match place { _ => .. }` inside an async block or closure (edition 2021): no arm's
// pattern needs the scrutinee's value, so the place is only fake-read and nothing is
// captured (rustc_hir_typeck expr_use_visitor.rs, maybe_read_scrutinee). A binding, a
// literal or a constant arm reads it: captured by reference.
async fn tick() {}

pub struct Job {
    pub name: String,
    pub id: u64,
}

pub async fn wildcard_block() {
    let n = String::from("n");
    let block = async {
        match n {
            _ => {}
        }
        tick().await;
    };
    block.await;
    drop(n);
}

pub async fn wildcard_move_block_field() {
    let job = Job { name: String::from("j"), id: 1 };
    let block = async move {
        match job.name {
            _ => {}
        }
        tick().await;
    };
    block.await;
}

pub async fn binding_arm_reads() {
    let n = String::from("n");
    let block = async {
        match n {
            ref m => {
                let _ = m.len();
            }
        }
        tick().await;
    };
    block.await;
}

pub async fn literal_arm_reads() {
    let k = 3u64;
    let block = async {
        match k {
            3 => {}
            _ => {}
        }
        tick().await;
    };
    block.await;
}

pub async fn closure_wildcard() {
    let v = vec![1u8];
    let c = || match v {
        _ => 1,
    };
    tick().await;
    let _ = c();
    drop(v);
}

pub async fn arm_body_still_captures() {
    let n = String::from("n");
    let block = async {
        let len = match n {
            _ => n.len(),
        };
        tick().await;
        len
    };
    block.await;
}
