// Lesson: a method's autoref of a constant aggregate (a tuple struct of constants, a struct
// literal of constants) is promoted to a 'static constant: no temporary holds the !Send value.
// Expect: Send; compiles with no errors.
use std::marker::PhantomData;

struct Marker(PhantomData<*const u8>);
impl Marker {
    fn id(&self) -> u8 {
        7
    }
}

struct Pair {
    tag: u8,
    marker: Marker,
}
impl Pair {
    fn tag(&self) -> u8 {
        self.tag
    }
}

fn assert_send<T: Send>(_: T) {}

async fn take(_: u8) {}

pub fn constructor_of_constants() {
    assert_send(async {
        take(Marker(PhantomData).id()).await;
    });
}

pub fn struct_literal_of_constants() {
    assert_send(async {
        take(Pair { tag: 2, marker: Marker(PhantomData) }.tag()).await;
    });
}
