// Lesson: tuples and arrays are Send iff their elements are. Two probes in separate fns
// (rustc deduplicates identical obligations within one body).
// Expect: NOT Send at both. Surprise: for the tuple rustc gives no "future cannot be sent" note
// naming `pair`, but a plain E0277 "`Rc<u8>` cannot be sent between threads safely" with the chain
// "required because it appears within the type `(u8, Rc<u8>)`" (no cause; leaf Rc<u8>).
// The array gets the usual diagnostic: held `pair_arr: [Rc<u16>; 2]`, leaf Rc<u16>.
use std::rc::Rc;

async fn with_tuple() -> u8 {
    let pair = (1u8, Rc::new(2u8));
    tokio::task::yield_now().await;
    pair.0 + *pair.1
}

async fn with_array() -> u16 {
    let pair_arr = [Rc::new(1u16), Rc::new(2u16)];
    tokio::task::yield_now().await;
    *pair_arr[0] + *pair_arr[1]
}

pub fn probe_tuple() {
    tokio::spawn(with_tuple());
}

pub fn probe_array() {
    tokio::spawn(with_array());
}
