// The `parking_lot` crate (version 0.12.1, default features) as Awaitscope sees
// it: declarations only.
//
// Exactly like the real crate, Mutex, RwLock and their guards are type aliases
// of lock_api's generic types (lock_api.rs) over parking_lot's raw locks. The raw
// locks choose `GuardMarker = lock_api::GuardNoSend` (the `send_guard` feature
// is off), which is what makes every parking_lot guard !Send: rustc's leaf for a
// guard held across an await is `*mut ()`, inside `GuardNoSend`. The lock itself
// is Send + Sync for T: Send, and its guard is Sync for T: Sync.
//
// Conventions are those of std.rs; std's prelude is in scope in this file.

pub use ::lock_api;

pub use self::condvar::{Condvar, WaitTimeoutResult};
pub use self::mutex::{const_mutex, MappedMutexGuard, Mutex, MutexGuard};
pub use self::raw_mutex::RawMutex;
pub use self::raw_rwlock::RawRwLock;
pub use self::rwlock::{const_rwlock, MappedRwLockReadGuard, MappedRwLockWriteGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

// Chosen by the `send_guard` feature; off by default.
type GuardMarker = lock_api::GuardNoSend;

pub mod raw_mutex {
    // One byte of lock state: Send + Sync.
    pub struct RawMutex {
        state: AtomicU8,
    }
    unsafe impl lock_api::RawMutex for RawMutex {
        const INIT: RawMutex;
        type GuardMarker = crate::GuardMarker;
        fn lock(&self);
        fn try_lock(&self) -> bool;
        unsafe fn unlock(&self);
        fn is_locked(&self) -> bool;
    }
    use std::sync::atomic::AtomicU8;
}

pub mod raw_rwlock {
    pub struct RawRwLock {
        state: AtomicUsize,
    }
    unsafe impl lock_api::RawRwLock for RawRwLock {
        const INIT: RawRwLock;
        type GuardMarker = crate::GuardMarker;
        fn lock_shared(&self);
        fn try_lock_shared(&self) -> bool;
        unsafe fn unlock_shared(&self);
        fn lock_exclusive(&self);
        fn try_lock_exclusive(&self) -> bool;
        unsafe fn unlock_exclusive(&self);
        fn is_locked(&self) -> bool;
    }
    use std::sync::atomic::AtomicUsize;
}

pub mod mutex {
    pub type Mutex<T> = lock_api::Mutex<RawMutex, T>;
    pub type MutexGuard<'a, T> = lock_api::MutexGuard<'a, RawMutex, T>;
    pub type MappedMutexGuard<'a, T> = lock_api::MappedMutexGuard<'a, RawMutex, T>;
    pub const fn const_mutex<T>(val: T) -> Mutex<T>;
    use crate::raw_mutex::RawMutex;
}

pub mod rwlock {
    pub type RwLock<T> = lock_api::RwLock<RawRwLock, T>;
    pub type RwLockReadGuard<'a, T> = lock_api::RwLockReadGuard<'a, RawRwLock, T>;
    pub type RwLockWriteGuard<'a, T> = lock_api::RwLockWriteGuard<'a, RawRwLock, T>;
    pub type MappedRwLockReadGuard<'a, T> = lock_api::MappedRwLockReadGuard<'a, RawRwLock, T>;
    pub type MappedRwLockWriteGuard<'a, T> = lock_api::MappedRwLockWriteGuard<'a, RawRwLock, T>;
    pub const fn const_rwlock<T>(val: T) -> RwLock<T>;
    use crate::raw_rwlock::RawRwLock;
}

pub mod condvar {
    // An AtomicPtr to the mutex being waited on: Send + Sync.
    pub struct Condvar {
        state: AtomicPtr<RawMutex>,
    }
    impl Condvar {
        pub const fn new() -> Condvar;
        pub fn wait<T: ?Sized>(&self, mutex_guard: &mut MutexGuard<'_, T>);
        pub fn notify_one(&self) -> bool;
        pub fn notify_all(&self) -> usize;
    }
    impl Default for Condvar {}

    #[derive(Debug, PartialEq, Eq, Copy, Clone)]
    pub struct WaitTimeoutResult(bool);

    use crate::mutex::MutexGuard;
    use crate::raw_mutex::RawMutex;
    use std::sync::atomic::AtomicPtr;
}
