// A `for` over `0..10` with unsuffixed bounds: the numbers are u32 because `total` is
// returned as u32 and `total += i` makes `i` (and so the range) u32 too. rustc saves
// `iter` (a Range<u32>, 8 bytes), `total` and `i` (4 bytes each), and no Option<u32>
// from `next()`: a Copy value with no destructor is not kept.
async fn tick() {}

pub async fn run() -> u32 {
    let mut total = 0;
    for i in 0..10 {
        tick().await;
        total += i;
    }
    total
}
