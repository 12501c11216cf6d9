// Lesson: only constants are promoted: an aggregate that reads a local, or a value whose type
// has a Drop impl, is a real temporary, kept to the end of the statement across the await.
// Expect: NOT Send at both assert_send calls; held the receiver temporaries.
use std::marker::PhantomData;

struct Tagged(u8, PhantomData<*const u8>);
impl Tagged {
    fn id(&self) -> u8 {
        self.0
    }
}

struct Loud(PhantomData<*const u8>);
impl Loud {
    fn id(&self) -> u8 {
        1
    }
}
impl Drop for Loud {
    fn drop(&mut self) {}
}

fn assert_send<T: Send>(_: T) {}

async fn take(_: u8) {}

pub fn reads_a_local(n: u8) {
    assert_send(async move {
        take(Tagged(n, PhantomData).id()).await;
    });
}

pub fn has_a_drop_impl() {
    assert_send(async {
        take(Loud(PhantomData).id()).await;
    });
}
