// `collect()` into a type written with `_` (`Vec<_>`, `HashSet<_>`, by annotation or
// turbofish) takes its element type from the one `FromIterator` impl that fits: collecting
// `Rc`s gives a collection of `Rc`s, held across the await, so the future is not Send; the
// same with `&str` elements is Send.
use std::collections::HashSet;
use std::rc::Rc;

async fn step() {}

fn require_send<T: Send>(_: T) {}

pub async fn into_annotated_set() -> usize {
    let shared: HashSet<_> = vec![Rc::new(1u8)].into_iter().collect();
    step().await;
    shared.len()
}

pub async fn into_turbofish_vec() -> usize {
    let shared = vec![Rc::new(2u8)].into_iter().collect::<Vec<_>>();
    step().await;
    shared.len()
}

pub async fn plain_names() -> usize {
    let names: Vec<_> = vec!["a", "b"].into_iter().collect();
    step().await;
    names.len()
}

fn main() {
    require_send(into_annotated_set());
    require_send(into_turbofish_vec());
    require_send(plain_names());
}
