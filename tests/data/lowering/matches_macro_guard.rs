// core's `matches!` is `match $e { $p $(if $g)? => true, _ => false }`: a guard's binding borrows the scrutinee, and an await inside the guard keeps it saved.
#![allow(unused)]

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    7
}

async fn guard_borrows_scrutinee() {
    let o = Some(3u32);
    let big = matches!(o, Some(x) if x > 2);
    tick().await;
}

async fn await_in_guard() {
    let pair = (String::new(), 4u32);
    let names = vec![1u8];
    let hit = matches!(pair, (_, n) if n < tick().await);
    let _ = names.len();
}

async fn no_guard() {
    let v = vec![1u8, 2];
    let first = matches!(v.first(), Some(&1));
    tick().await;
}

async fn inside_assert() {
    let r: Result<u8, String> = Ok(1);
    assert!(matches!(r, Ok(k) if k > 0), "{}", tick().await);
}
