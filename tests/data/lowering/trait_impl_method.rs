// Async trait methods: an impl's method is named `<Type as Trait>::method`; a default body is laid out per implementing type.
#![allow(unused)]

async fn tick() {
    tokio::task::yield_now().await;
}

trait Store {
    async fn get(&self, key: u32) -> Option<String>;
    async fn exists(&self, key: u32) -> bool {
        self.get(key).await.is_some()
    }
}

struct Memory {
    items: Vec<String>,
}

impl Store for Memory {
    async fn get(&self, key: u32) -> Option<String> {
        tick().await;
        self.items.get(key as usize).cloned()
    }
}
