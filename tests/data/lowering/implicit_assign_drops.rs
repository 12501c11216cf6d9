// Assignments: a store to a field of a local without drop glue is neither a use nor a definition of the local; assigning a field or a whole local that needs drop first drops the old value (a use).
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

#[derive(Clone, Copy)]
struct Point {
    x: u64,
    y: u64,
}

struct Named {
    name: String,
    count: u64,
}

async fn field_store_dead() {
    let mut q = Point { x: 1, y: 2 };
    tick().await;
    q.x = 5;
}

async fn field_store_then_read() -> u64 {
    let mut r = Point { x: 1, y: 2 };
    tick().await;
    r.x = 5;
    r.y
}

async fn drop_field_reassigned(text: String) -> usize {
    let mut named = Named { name: text, count: 0 };
    let moved = named.name;
    tick().await;
    named.name = String::from("again");
    moved.len()
}

async fn whole_reassign_after_move() -> usize {
    let mut s = String::from("a");
    let t = s;
    tick().await;
    s = String::from("b");
    t.len()
}

async fn whole_reassign_live() -> usize {
    let mut u = String::from("a");
    let n = u.len();
    tick().await;
    u = String::from("b");
    n
}
