// Macros invoking macros: each invocation in an expansion is expanded in turn (rustc's
// fully_expand_fragment), so the await an inner macro writes, and the locals both levels
// declare, are lowered as if written out. A recursive tt-muncher ends at its base rule.
#![allow(unused)]

async fn tick() -> u32 {
    tokio::task::yield_now().await;
    1
}

macro_rules! inner {
    ($e:expr) => {
        $e.await
    };
}

macro_rules! outer {
    ($e:expr) => {{
        let held = String::from("held");
        let got = inner!($e);
        got + held.len() as u32
    }};
}

macro_rules! count_awaits {
    () => { 0u32 };
    ($e:expr $(, $rest:expr)*) => {
        $e.await + count_awaits!($($rest),*)
    };
}

pub async fn nested() -> u32 {
    let kept = vec![0u8; 4];
    let n = outer!(tick());
    n + kept.len() as u32
}

pub async fn recursive() -> u32 {
    let kept = String::from("k");
    let n = count_awaits!(tick(), tick());
    n + kept.len() as u32
}
