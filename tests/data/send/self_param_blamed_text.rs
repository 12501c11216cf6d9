// Lesson: rustc names a held `self` parameter by its span's text (`&'a self`, `&mut self`;
// `self` for `mut self`), held in a state or captured by an awaited
// method's future.
// Expect: NOT Send at each call; held `&'a self`, `&mut self`, `self`; captured `&self`.
use std::rc::Rc;

async fn step() {}

fn assert_send<T: Send>(_: T) {}

pub struct Counter {
    hits: Rc<u32>,
}

impl Counter {
    pub async fn peek<'a>(&'a self) -> u32 {
        step().await;
        *self.hits
    }
    pub async fn bump(&mut self) {
        step().await;
        self.hits = Rc::new(1);
    }
    pub async fn consume(mut self) {
        step().await;
        self.hits = Rc::new(2);
    }
    pub async fn look(&self) {
        step().await;
    }
}

fn shared() -> &'static Counter {
    loop {}
}

pub async fn through_temporary() {
    shared().look().await;
}

pub fn checks(c: &'static Counter, m: &'static mut Counter, o: Counter) {
    assert_send(c.peek());
    assert_send(m.bump());
    assert_send(o.consume());
    assert_send(through_temporary());
}
