// Every type here comes out of a macro of another crate.
#[macro_use]
extern crate pins;

wrap! {
    pub struct Local { n: u8 }
}

async fn tick() {}

pub async fn hold(label: gadget::Label) -> u64 {
    let meter = gadget::Meter::open(3).await;
    let local = Local { n: 1 };
    tick().await;
    let count = meter.count_now();
    drop((label, local, meter));
    count
}
