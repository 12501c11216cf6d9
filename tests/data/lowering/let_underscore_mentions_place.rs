// Probes: `let _ = place;` after an await neither moves nor binds, but it mentions the
// place (a PlaceMention), which liveness counts as a use: the local stays saved. A value
// expression (`let _ = f(x)`) is a temporary dropped at once instead.
#![allow(unused)]

async fn tick() {}

fn measure(_: &str) -> usize {
    0
}

pub async fn mention_reference() {
    let label = String::from("name");
    let view = &label;
    tick().await;
    let _ = view;
}

pub async fn mention_copy_value() {
    let count = 7u64;
    tick().await;
    let _ = count;
}

pub async fn mention_field_through_reference() {
    let pair = (vec![1u8], 2u16);
    let whole = &pair;
    tick().await;
    let _ = whole.1;
}

pub async fn call_is_not_a_mention() {
    let label = String::from("name");
    let view = label.as_str();
    let size = measure(view);
    tick().await;
    let _ = measure("other");
}
