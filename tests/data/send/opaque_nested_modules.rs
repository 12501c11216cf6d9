// Lesson: async fns reached through nested modules (`self::`, `super::`, `crate::` paths):
// the awaited future is the same fn wherever the path starts, so the Rc held in the
// innermost one makes the outer future !Send.
// Expect: NOT Send at `outer::run()`; held `rc` in `outer::inner::leaf`; leaf Rc<u8>: Send.
pub mod outer {
    pub mod inner {
        use std::rc::Rc;

        pub async fn leaf() -> u8 {
            let rc = Rc::new(1u8);
            tokio::task::yield_now().await;
            *rc
        }

        pub async fn middle() -> u8 {
            super::helper().await + crate::outer::inner::leaf().await
        }
    }

    pub async fn helper() -> u8 {
        2
    }

    pub async fn run() -> u8 {
        self::inner::middle().await
    }
}

pub fn start() {
    tokio::spawn(outer::run());
}
