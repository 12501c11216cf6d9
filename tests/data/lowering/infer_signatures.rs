// Inference from known signatures: a saved local's type is the return type of the fn or
// method that made it (an associated fn, a `&self` method returning a tuple), with the
// fn's generic parameters substituted from its arguments (`pick::<u16>`, `pair::<u8, char>`).
#![allow(unused)]

async fn tick() {}

struct Meter {
    reading: u64,
    label: String,
}

impl Meter {
    fn new(label: &str) -> Meter {
        Meter { reading: 0, label: label.to_string() }
    }

    fn scaled(&self, by: u32) -> (u64, u32) {
        (self.reading * by as u64, by)
    }
}

fn pick<T: Clone>(items: &[T]) -> Option<T> {
    items.first().cloned()
}

fn pair<A, B>(a: A, b: B) -> (A, B) {
    (a, b)
}

pub async fn from_signatures() -> usize {
    let meter = Meter::new("m");
    let scaled = meter.scaled(3);
    let first = pick(&[1u16, 2, 3]);
    let both = pair(1u8, 'c');
    tick().await;
    meter.label.len() + scaled.0 as usize + first.unwrap_or(0) as usize + both.0 as usize
}

pub async fn from_std_methods(text: String) -> usize {
    let upper = text.to_uppercase();
    let first = text.chars().next();
    let bytes = text.as_bytes().to_vec();
    let found = text.find('x');
    tick().await;
    upper.len() + first.map_or(0, |c| c.len_utf8()) + bytes.len() + found.unwrap_or(0)
}
