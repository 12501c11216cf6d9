async fn a() -> u8 { 1 }
pub async fn tail_if(flag: bool) -> u8 {
    let future = a();
    if flag { future.await } else { 0 }
}
pub async fn tail_if_tuple(flag: bool) -> u8 {
    let (n, future) = (1u8, a());
    if flag { future.await } else { n }
}
pub async fn tail_if_tuple2(flag: bool) -> u8 {
    let (n, future) = if flag { (1u8, a()) } else { (2u8, a()) };
    if n > 0 { future.await } else { n }
}
