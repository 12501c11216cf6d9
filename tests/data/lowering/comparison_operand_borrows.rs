// A comparison is a builtin BinOp only for scalars (op.rs is_builtin_binop); comparing
// references or ADTs calls PartialEq::eq(&a, &b), borrowing both locals to their scope end.
async fn step() -> u32 {
    1
}

pub async fn str_reference() -> u32 {
    let s: &str = "a";
    let same = s == "b";
    step().await + same as u32
}

pub async fn u32_reference() -> u32 {
    let a = &1u32;
    let less = a < &2;
    step().await + less as u32
}

pub async fn option_value() -> u32 {
    let o = Some(3u8);
    let none = o == None;
    step().await + none as u32
}

pub async fn scalars() -> u32 {
    let a = 1u32;
    let c = 'x';
    let f = 2.5f64;
    let all = a == 2 && c != 'y' && f < 3.0;
    step().await + all as u32
}
