// #[cfg] / #[cfg_attr(.., cfg(..))] on statements inside async bodies: a false one removes the statement (its await, its let, its macro call, its block-level item) before lowering; an unset name (tokio_unstable) or feature is false.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

async fn traced_lock(name: String) -> usize {
    #[cfg(all(tokio_unstable, feature = "tracing"))]
    tick().await;
    #[cfg(any(not(tokio_unstable), not(feature = "tracing")))]
    tick().await;
    name.len()
}

async fn let_under_cfg() -> usize {
    #[cfg(feature = "extra")]
    let label = String::from("extra");
    #[cfg(not(feature = "extra"))]
    let label = 7u8;
    tick().await;
    #[cfg(unix)]
    let kept = vec![1u64, 2, 3];
    tick().await;
    kept.len() + label as usize
}

async fn macro_and_item_statements(data: Vec<u8>) -> usize {
    #[cfg(windows)]
    println!("{:?}", data);
    #[cfg(windows)]
    fn helper() -> String {
        String::new()
    }
    #[cfg(not(windows))]
    fn helper() -> u32 {
        3
    }
    let h = helper();
    tick().await;
    h as usize + data.len()
}

async fn cfg_attr_statements() -> u32 {
    #[cfg_attr(not(unix), cfg(any()))]
    let a = String::from("unix only");
    #[cfg_attr(unix, cfg(any()))]
    let b = String::from("never on unix");
    #[cfg(false)]
    tick().await;
    #[cfg(true)]
    let c = 5u32;
    tick().await;
    a.len() as u32 + c
}
