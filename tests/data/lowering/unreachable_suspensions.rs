// An `.await` no path reaches (after a call returning `!` or an empty enum, `panic!`, `return`, a `loop` without `break`, an `if` or `match` whose every branch diverges) has no state: rustc removes dead blocks before numbering suspensions, so the reachable ones are Suspend0..N in order.
#![allow(unused, unreachable_code)]
use std::rc::Rc;

async fn step() {}
fn halt() -> ! {
    panic!("halt")
}
enum Never {}
fn nothing() -> Never {
    loop {}
}

async fn halt_in_branch(stop: bool) -> u32 {
    step().await;
    if stop {
        halt();
    }
    let label = String::from("a");
    step().await;
    label.len() as u32
}

async fn after_panic_macro() -> u32 {
    let label = String::from("b");
    step().await;
    panic!("gone");
    {
        step().await;
        label.len() as u32
    }
}

async fn after_return(x: u32) -> u32 {
    let v = vec![x];
    step().await;
    return v[0];
    step().await;
    let r = Rc::new(1);
    step().await;
    *r
}

async fn after_empty_enum() -> u32 {
    let label = String::from("c");
    nothing();
    step().await;
    label.len() as u32
}

async fn after_endless_loop() -> u32 {
    let label = String::from("d");
    step().await;
    loop {
        step().await;
    }
    step().await;
    label.len() as u32
}

async fn every_branch_diverges(n: u8) -> u32 {
    let label = String::from("e");
    step().await;
    match n {
        0 => return 0,
        1 => halt(),
        _ => panic!("n"),
    }
    step().await;
    label.len() as u32
}

async fn both_arms_return(flag: bool) -> u32 {
    if flag {
        step().await;
        return 1;
    } else {
        return 2;
    }
    step().await;
    3
}

fn main() {
    let _ = halt_in_branch(true);
    let _ = after_panic_macro();
    let _ = after_return(1);
    let _ = after_empty_enum();
    let _ = after_endless_loop();
    let _ = every_branch_diverges(2);
    let _ = both_arms_return(true);
}
