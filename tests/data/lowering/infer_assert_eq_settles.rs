// assert_eq!/assert_ne! compare their operands like `==`: a literal on one side takes the other side's integer type, and a block capturing it holds that type.
#![allow(unused)]

async fn tick() {}

fn count() -> usize {
    3
}

fn byte() -> u8 {
    7
}

pub async fn counted() {
    for i in 0..4 {
        let keep = async move { i };
        assert_eq!(count(), 1 + i);
        tick().await;
        keep.await;
    }
}

pub async fn bytes() {
    let mut b = 0;
    assert_ne!(b, byte());
    let held = async move { b + 1 };
    tick().await;
    held.await;
}

pub async fn reversed() {
    let wide = 5;
    debug_assert_eq!(wide * 2, 10u64);
    tick().await;
    let again = wide;
}
