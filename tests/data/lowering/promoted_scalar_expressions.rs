// Constant promotion of builtin operators (promote_consts.rs validate_rvalue): `&(1 + 2)`,
// `&(1u8 as u32)`, `&!true`, `&(6 / 2)` borrow a 'static constant; a local operand, a divisor
// that is not a constant or a lazy `&&` make a real temporary, saved across the await.
async fn take_ref<T>(x: &T) -> usize {
    std::mem::size_of_val(x)
}

pub async fn promoted() -> usize {
    let a = take_ref(&(1 + 2)).await;
    let b = take_ref(&(1u8 as u32)).await;
    let c = take_ref(&!true).await;
    let d = take_ref(&(6 / 2)).await;
    let e = take_ref(&(3 < 4)).await;
    a + b + c + d + e
}

pub async fn not_promoted(n: u64, flag: bool) -> usize {
    let a = take_ref(&(n + 1)).await;
    let b = take_ref(&(6 / n)).await;
    let c = take_ref(&(flag && true)).await;
    a + b + c
}
