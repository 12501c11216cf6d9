// A value moved on the path to an await, but dropped at its scope's end on another path:
// the drop flag is saved, the value is not.
async fn tick() {}
fn take(_s: String) {}
pub async fn moved_in_match_arm(n: u8) -> usize {
    let name = String::from("arm");
    match n {
        0 => {
            take(name);
            tick().await;
            0
        }
        _ => name.len(),
    }
}
pub async fn moved_into_block_then_awaited(flag: bool) {
    let label = String::from("x");
    if flag {
        let owned = label;
        tick().await;
        drop(owned);
    }
}
pub async fn borrowed_then_moved(flag: bool) {
    let label = String::from("x");
    let _n = label.len();
    if flag {
        take(label);
        tick().await;
    }
}
pub async fn moved_in_loop(mut rounds: u8) {
    let mut held = Some(String::from("x"));
    while rounds > 0 {
        if let Some(s) = held.take() {
            take(s);
        }
        let last = held;
        tick().await;
        held = last;
        rounds -= 1;
    }
}
