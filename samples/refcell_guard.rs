// RefCell guard held across an await
//
// `tally` takes a `RefMut` from `borrow_mut()` and keeps it alive while it waits
// for `fetch_score`, so the guard is stored inside the future's suspended state.
// A RefMut reaches its value through a `NonNull` pointer and the borrow counter
// through a `&Cell<isize>`; neither may cross threads, so `tokio::spawn` rejects
// the whole future. Fix: await first and borrow afterwards, or end the borrow in
// a block that closes before the await.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

async fn fetch_score(player: &str) -> i64 {
    tokio::time::sleep(Duration::from_millis(5)).await;
    player.len() as i64
}

async fn tally(players: Vec<String>) -> usize {
    let board: RefCell<HashMap<String, i64>> = RefCell::new(HashMap::new());
    let mut scores = board.borrow_mut(); // RefMut<'_, HashMap<String, i64>>
    let score = fetch_score(&players[0]).await; // `scores` is still alive here
    scores.insert(players[0].clone(), score);
    scores.len()
}

#[tokio::main]
async fn main() {
    let players = vec!["ada".to_string(), "grace".to_string()];
    let handle = tokio::spawn(tally(players));
    println!("{} scores", handle.await.unwrap());
}
