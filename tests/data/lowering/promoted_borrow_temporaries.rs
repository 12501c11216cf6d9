// Constant promotion (promote_consts.rs): `&` of a constant aggregate borrows a 'static
// constant, so no temporary is saved; reading a local or a Drop impl makes a real temporary.
struct Bar(u8);
impl Bar {
    fn get(&self) -> u8 {
        self.0
    }
}

struct Unit;
impl Unit {
    fn get(&self) -> u8 {
        0
    }
}

struct Noisy(u8);
impl Noisy {
    fn get(&self) -> u8 {
        self.0
    }
}
impl Drop for Noisy {
    fn drop(&mut self) {}
}

async fn take(x: u8) -> u8 {
    x
}

async fn take_ref(x: &(u8, u8)) -> u8 {
    x.0
}

pub async fn constant_receivers() -> u8 {
    let a = take(Bar(1).get()).await;
    let b = take(Unit.get()).await;
    let c = take_ref(&(1, 2)).await;
    a + b + c
}

pub async fn real_temporaries(n: u8) -> u8 {
    let a = take(Bar(n).get()).await;
    let b = take(Noisy(3).get()).await;
    let c = take_ref(&(n, 2)).await;
    a + b + c
}

pub async fn promoted_let_reference() -> usize {
    let arr = &[1u8, 2, 3];
    let unit = &Unit;
    take(unit.get()).await;
    arr.len()
}
