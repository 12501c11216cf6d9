// Probes: a Drop that runs in place borrows its local (drop glue takes `&mut self`), so an
// assignment over a live value, or a store over a field with drop glue, keeps the local
// saved across a later await even after the value was moved away.
#![allow(unused)]

async fn tick() {}

fn consume<T>(_: T) {}

struct Order {
    label: String,
    count: u32,
}

pub async fn overwrite_then_move() {
    let mut text = String::from("first");
    text = String::from("second");
    consume(text);
    tick().await;
}

pub async fn store_field_then_move() {
    let mut order = Order { label: String::new(), count: 0 };
    order.label = String::from("late");
    consume(order);
    tick().await;
}

pub async fn store_copy_field_then_move() {
    let mut order = Order { label: String::new(), count: 0 };
    order.count = 3;
    consume(order);
    tick().await;
}

pub async fn first_assignment_is_no_drop() {
    let text;
    text = String::from("only");
    consume(text);
    tick().await;
}

pub async fn overwrite_in_inner_scope() {
    {
        let mut pair = (Vec::<u8>::new(), 1u8);
        pair.0 = vec![1];
        consume(pair);
    }
    tick().await;
}
