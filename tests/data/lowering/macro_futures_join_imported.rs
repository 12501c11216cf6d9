// futures' join!/try_join!, imported by `use` or named by path: the poll_fn closure owns each MaybeDone, so nothing but the awaitee is saved (tokio's join! keeps its tuple).
#![allow(unused)]

use futures::{join, try_join};

async fn tick() {}

pub async fn joined() -> u32 {
    let a = async { 1u32 };
    let b = async {
        tick().await;
        2u32
    };
    let (x, y) = join!(a, b);
    x + y
}

pub async fn pathed() -> u32 {
    let (x, y) = futures::join!(async { 1u32 }, async { 2u64 });
    x + y as u32
}

pub async fn tried() -> Result<u32, ()> {
    let (x, y) = try_join!(async { Ok::<u32, ()>(1) }, async { Ok::<u8, ()>(2) })?;
    Ok(x + y as u32)
}
