// Lesson: `&CONST` is promoted when the constant has no interior mutability and nothing to
// drop; a const holding a `Cell` is not promoted (a 'static `&Cell` could be mutated), so the
// autoref borrows a temporary copy of it, held across the await.
// Expect: Send for copy_constant(); NOT Send at cell_constant(); held the `Shared` temporary.
use std::cell::Cell;
use std::marker::PhantomData;

#[derive(Clone, Copy)]
struct Plain(u8, PhantomData<*const u8>);
impl Plain {
    fn get(&self) -> u8 {
        self.0
    }
}

struct Shared(Cell<u8>, PhantomData<*const u8>);
impl Shared {
    fn get(&self) -> u8 {
        self.0.get()
    }
}

const PLAIN: Plain = Plain(4, PhantomData);
const SHARED: Shared = Shared(Cell::new(4), PhantomData);

fn assert_send<T: Send>(_: T) {}

async fn take(_: u8) {}

pub fn copy_constant() {
    assert_send(async {
        take(PLAIN.get()).await;
    });
}

pub fn cell_constant() {
    assert_send(async {
        take(SHARED.get()).await;
    });
}
