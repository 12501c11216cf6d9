// Lesson: std's lock guards held across an await, in a file that names no other crate.
// rustc prints them by their full path (`std::sync::MutexGuard<'_, u16>`): std has other
// public items with the same simple names, so its trimmed paths cannot shorten them.
// Expect: NOT Send at both checks; leaves std::sync::MutexGuard / RwLockWriteGuard, and an
// `Rc` of a std::sync::mpsc::Sender.
use std::rc::Rc;
use std::sync::{mpsc, Mutex, RwLock};

async fn pause() {}

fn require_send<T: Send>(_: T) {}

async fn bump_both(hits: &Mutex<u16>, table: &RwLock<Vec<u8>>) {
    let mut count = hits.lock().unwrap();
    let mut rows = table.write().unwrap();
    pause().await;
    *count += 1;
    rows.push(1);
}

async fn forward(tx: mpsc::Sender<String>) {
    let shared = Rc::new(tx);
    pause().await;
    shared.send(String::from("done")).unwrap();
}

pub fn check(hits: &Mutex<u16>, table: &RwLock<Vec<u8>>, tx: mpsc::Sender<String>) {
    require_send(bump_both(hits, table));
    require_send(forward(tx));
}
