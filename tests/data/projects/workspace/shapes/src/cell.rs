pub struct Counter {
    pub value: u32,
}
