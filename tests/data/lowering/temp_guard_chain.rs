// A statement temporary that needs drop (a MutexGuard from `lock().unwrap()`) lives to the end of the statement that contains the await and is saved there.
#![allow(unused)]
use std::collections::HashMap;
use std::sync::Mutex;

async fn echo(n: usize) -> usize {
    tokio::task::yield_now().await;
    n
}

async fn guard_in_argument(m: &Mutex<Vec<u8>>) -> usize {
    let n = echo(m.lock().unwrap().len()).await;
    n
}

async fn guard_chain_get(m: &Mutex<HashMap<u32, usize>>) -> usize {
    let v = echo(*m.lock().unwrap().get(&1).unwrap()).await;
    v + 1
}

async fn guard_receiver_of_awaited_argument(m: &Mutex<Vec<usize>>) {
    m.lock().unwrap().push(echo(3).await);
}

async fn guard_ends_with_its_statement(m: &Mutex<Vec<u8>>) -> usize {
    let n = m.lock().unwrap().len();
    echo(n).await
}
