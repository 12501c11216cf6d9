// tokio::select! evaluates each branch's `if precondition` every time it runs, so a flag
// read there is live across the select's await when the loop comes back to it.
async fn action() -> u8 {
    1
}

pub async fn precondition_in_loop(flag: bool) {
    let mut done = false;
    let operation = action();
    tokio::pin!(operation);
    loop {
        tokio::select! {
            _ = &mut operation, if !done => { done = true; }
            _ = action() => { if flag { done = false; } else { break; } }
        }
    }
}

fn main() {}
