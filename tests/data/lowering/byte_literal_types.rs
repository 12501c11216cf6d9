// A byte literal `b'a'` is a u8 and a byte string `b"..."` a `&'static [u8; N]` (escapes
// count one byte each, a raw `br"..."` its text): their sizes in the saved state.
async fn step() -> usize {
    1
}

pub async fn bytes() -> usize {
    let one = b'z';
    let plain = b"abc";
    let escaped = b"a\x00\n\\";
    let raw = br#"q"r"#;
    step().await + one as usize + plain.len() + escaped.len() + raw.len()
}

pub async fn byte_array_value() -> usize {
    let copy = *b"four";
    step().await + copy.len()
}
