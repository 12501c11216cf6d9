// A dependency's macro brought in by `use`.
use pins::wrap;

wrap! {
    pub struct Meter { count: u64, total: u32 }
}

impl Meter {
    cfg_unix! {
        pub async fn open(count: u64) -> Meter {
            Meter { count, total: 0 }
        }
    }

    pub fn count_now(&self) -> u64 {
        self.count + self.total as u64
    }
}
