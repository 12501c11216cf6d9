// Async fns reached through `self::`, `super::` and `crate::` paths in nested modules:
// each call names the same fn whatever path it takes, so its future (and its size) is
// that fn's, and the caller's awaitee is that future.
#![allow(unused)]

pub mod outer {
    pub async fn helper(n: u32) -> u32 {
        crate::tick().await;
        n
    }

    pub mod inner {
        pub async fn leaf() -> String {
            crate::tick().await;
            String::from("leaf")
        }

        pub async fn middle() -> usize {
            let base = super::helper(2).await;
            let name = self::leaf().await;
            let again = crate::outer::inner::leaf().await;
            base as usize + name.len() + again.len()
        }
    }

    pub async fn run() -> usize {
        self::inner::middle().await
    }
}

async fn tick() {}
