// Arguments moved after an await: the cleanup path that every call in the body unwinds to drops them whether or not they were moved, so each gets a drop flag (rustc_mir_build scope.rs DropTree, elaborate_drops.rs).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn pair(a: String, b: String) {
    tick().await;
    drop((a, b));
}

async fn single(a: String) {
    tick().await;
    drop(a);
}

async fn moved_first(a: String) {
    drop(a);
    tick().await;
}
