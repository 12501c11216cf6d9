// A closure that formats a reference `x` with `{x:?}` takes `&x`: it captures the variable
// `x` itself by reference, so `x` is borrowed and kept while the closure lives. Using `x.0`
// goes through the reference instead: the capture is cut at the deref and `x` is copied in.
#[derive(Debug)]
struct Reading(u32);

async fn tick() {}

pub async fn formats_the_reference() {
    let reading = Reading(1);
    let x = &reading;
    let show = || println!("{x:?}");
    tick().await;
    show();
}

pub async fn reads_through_the_reference() {
    let reading = Reading(2);
    let x = &reading;
    let show = || println!("{}", x.0);
    tick().await;
    show();
}

pub async fn borrows_the_reference_explicitly() {
    let reading = Reading(3);
    let x = &reading;
    let show = || {
        let r: &&Reading = &x;
        r.0
    };
    tick().await;
    show();
}

fn main() {}
