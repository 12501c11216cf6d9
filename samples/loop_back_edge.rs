// A loop carries a value around its back edge
//
// In `label_all` the `Rc` is created after the await in the text, but the loop
// runs again: on the second pass `previous` still holds the Rc from the first
// pass while `fetch_label` is awaited. Liveness follows the loop's back edge, so
// `previous` is saved at that await and the future is !Send.

use std::rc::Rc;
use std::time::Duration;

async fn fetch_label(id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("item-{id}")
}

async fn label_all(ids: Vec<u32>) -> usize {
    let mut previous: Option<Rc<String>> = None;
    let mut changes = 0;
    for id in ids {
        let label = fetch_label(id).await; // `previous` from the last pass is alive
        if previous.as_deref() != Some(&label) {
            changes += 1;
        }
        previous = Some(Rc::new(label));
    }
    changes
}

#[tokio::main]
async fn main() {
    let n = tokio::spawn(label_all(vec![1, 2, 2])).await.unwrap();
    println!("{n} changes");
}
