// The `lock_api` crate (version 0.4.9) as Awaitscope sees it: declarations only.
//
// parking_lot's Mutex, RwLock and their guards are type aliases of the generic
// types here, instantiated with parking_lot's raw locks (see parking_lot.rs).
// Whether a guard is Send is decided by the raw lock's associated type
// `GuardMarker`: the guards carry `PhantomData<(&'a mut T, R::GuardMarker)>`, and
// parking_lot picks `GuardNoSend`, a wrapper around `*mut ()`. So the solver must
// resolve the projection `R::GuardMarker` through the `RawMutex` impl, and rustc
// names `*mut ()` as the leaf of a held parking_lot guard, with the chain
// `GuardNoSend` -> `(&mut T, GuardNoSend)` -> `PhantomData<..>` -> the guard.
//
// Conventions are those of std.rs; std's prelude is in scope in this file.

// ---------------------------------------------------------------------------
// Guard markers
// ---------------------------------------------------------------------------

// Marker for raw locks whose guards may move between threads.
pub struct GuardSend(());

// Marker for raw locks whose guards must stay on the locking thread: the raw
// pointer makes it !Send (and !Sync, which the impl below gives back).
pub struct GuardNoSend(*mut ());
unsafe impl Sync for GuardNoSend {}

// ---------------------------------------------------------------------------
// Raw lock traits
// ---------------------------------------------------------------------------

pub unsafe trait RawMutex {
    const INIT: Self;
    type GuardMarker;
    fn lock(&self);
    fn try_lock(&self) -> bool;
    unsafe fn unlock(&self);
    fn is_locked(&self) -> bool;
}

pub unsafe trait RawRwLock {
    const INIT: Self;
    type GuardMarker;
    fn lock_shared(&self);
    fn try_lock_shared(&self) -> bool;
    unsafe fn unlock_shared(&self);
    fn lock_exclusive(&self);
    fn try_lock_exclusive(&self) -> bool;
    unsafe fn unlock_exclusive(&self);
    fn is_locked(&self) -> bool;
}

// ---------------------------------------------------------------------------
// Mutex
// ---------------------------------------------------------------------------

pub use self::mutex::*;
pub use self::rwlock::*;

pub mod mutex {
    // Send/Sync when T: Send (and the raw lock allows it), like std's Mutex.
    pub struct Mutex<R, T: ?Sized> {
        raw: R,
        data: UnsafeCell<T>,
    }
    unsafe impl<R: RawMutex + Send, T: ?Sized + Send> Send for Mutex<R, T> {}
    unsafe impl<R: RawMutex + Sync, T: ?Sized + Send> Sync for Mutex<R, T> {}

    impl<R: RawMutex, T> Mutex<R, T> {
        pub const fn new(val: T) -> Mutex<R, T>;
        pub fn into_inner(self) -> T;
    }
    impl<R: RawMutex, T: ?Sized> Mutex<R, T> {
        // No poisoning, so no Result: `m.lock()` is the guard itself.
        pub fn lock(&self) -> MutexGuard<'_, R, T>;
        pub fn try_lock(&self) -> Option<MutexGuard<'_, R, T>>;
        pub fn get_mut(&mut self) -> &mut T;
        pub fn is_locked(&self) -> bool;
        pub fn data_ptr(&self) -> *mut T;
    }
    impl<R: RawMutex, T: Default> Default for Mutex<R, T> {}
    impl<R: RawMutex, T> From<T> for Mutex<R, T> {}
    impl<R: RawMutex, T: ?Sized + Debug> Debug for Mutex<R, T> {}

    // No Send impl: Send is structural, and fails on R::GuardMarker.
    pub struct MutexGuard<'a, R: RawMutex, T: ?Sized> {
        mutex: &'a Mutex<R, T>,
        marker: PhantomData<(&'a mut T, R::GuardMarker)>,
    }
    unsafe impl<'a, R: RawMutex + Sync + 'a, T: ?Sized + Sync + 'a> Sync for MutexGuard<'a, R, T> {}

    impl<'a, R: RawMutex + 'a, T: ?Sized + 'a> MutexGuard<'a, R, T> {
        pub fn mutex(s: &MutexGuard<'a, R, T>) -> &'a Mutex<R, T>;
        pub fn map<U: ?Sized, F>(s: MutexGuard<'a, R, T>, f: F) -> MappedMutexGuard<'a, R, U> where F: FnOnce(&mut T) -> &mut U;
        pub fn unlocked<F, U>(s: &mut MutexGuard<'a, R, T>, f: F) -> U where F: FnOnce() -> U;
    }
    impl<'a, R: RawMutex + 'a, T: ?Sized + 'a> Deref for MutexGuard<'a, R, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<'a, R: RawMutex + 'a, T: ?Sized + 'a> DerefMut for MutexGuard<'a, R, T> {
        fn deref_mut(&mut self) -> &mut T;
    }
    impl<'a, R: RawMutex + 'a, T: ?Sized + 'a> Drop for MutexGuard<'a, R, T> {
        fn drop(&mut self);
    }
    impl<'a, R: RawMutex + 'a, T: Debug + ?Sized + 'a> Debug for MutexGuard<'a, R, T> {}
    impl<'a, R: RawMutex + 'a, T: Display + ?Sized + 'a> Display for MutexGuard<'a, R, T> {}

    // The mapped guard holds `&R` and a raw pointer; its Send impl asks
    // `R::GuardMarker: Send` directly.
    pub struct MappedMutexGuard<'a, R: RawMutex, T: ?Sized> {
        raw: &'a R,
        data: *mut T,
        marker: PhantomData<&'a mut T>,
    }
    unsafe impl<'a, R: RawMutex + Sync + 'a, T: ?Sized + Sync + 'a> Sync for MappedMutexGuard<'a, R, T> {}
    unsafe impl<'a, R: RawMutex + 'a, T: ?Sized + Send + 'a> Send for MappedMutexGuard<'a, R, T> where R::GuardMarker: Send {}
    impl<'a, R: RawMutex + 'a, T: ?Sized + 'a> Deref for MappedMutexGuard<'a, R, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<'a, R: RawMutex + 'a, T: ?Sized + 'a> DerefMut for MappedMutexGuard<'a, R, T> {
        fn deref_mut(&mut self) -> &mut T;
    }
    impl<'a, R: RawMutex + 'a, T: ?Sized + 'a> Drop for MappedMutexGuard<'a, R, T> {
        fn drop(&mut self);
    }

    use crate::RawMutex;
    use std::cell::UnsafeCell;
    use std::fmt::{Debug, Display};
    use std::marker::PhantomData;
    use std::ops::{Deref, DerefMut};
}

// ---------------------------------------------------------------------------
// RwLock
// ---------------------------------------------------------------------------

pub mod rwlock {
    pub struct RwLock<R, T: ?Sized> {
        raw: R,
        data: UnsafeCell<T>,
    }
    unsafe impl<R: RawRwLock + Send, T: ?Sized + Send> Send for RwLock<R, T> {}
    unsafe impl<R: RawRwLock + Sync, T: ?Sized + Send + Sync> Sync for RwLock<R, T> {}

    impl<R: RawRwLock, T> RwLock<R, T> {
        pub const fn new(val: T) -> RwLock<R, T>;
        pub fn into_inner(self) -> T;
    }
    impl<R: RawRwLock, T: ?Sized> RwLock<R, T> {
        pub fn read(&self) -> RwLockReadGuard<'_, R, T>;
        pub fn try_read(&self) -> Option<RwLockReadGuard<'_, R, T>>;
        pub fn write(&self) -> RwLockWriteGuard<'_, R, T>;
        pub fn try_write(&self) -> Option<RwLockWriteGuard<'_, R, T>>;
        pub fn get_mut(&mut self) -> &mut T;
        pub fn is_locked(&self) -> bool;
    }
    impl<R: RawRwLock, T: Default> Default for RwLock<R, T> {}
    impl<R: RawRwLock, T> From<T> for RwLock<R, T> {}
    impl<R: RawRwLock, T: ?Sized + Debug> Debug for RwLock<R, T> {}

    // Neither guard states Send or Sync: both are structural, and !Send through
    // R::GuardMarker.
    pub struct RwLockReadGuard<'a, R: RawRwLock, T: ?Sized> {
        rwlock: &'a RwLock<R, T>,
        marker: PhantomData<(&'a T, R::GuardMarker)>,
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> RwLockReadGuard<'a, R, T> {
        pub fn rwlock(s: &RwLockReadGuard<'a, R, T>) -> &'a RwLock<R, T>;
        pub fn map<U: ?Sized, F>(s: RwLockReadGuard<'a, R, T>, f: F) -> MappedRwLockReadGuard<'a, R, U> where F: FnOnce(&T) -> &U;
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> Deref for RwLockReadGuard<'a, R, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> Drop for RwLockReadGuard<'a, R, T> {
        fn drop(&mut self);
    }

    pub struct RwLockWriteGuard<'a, R: RawRwLock, T: ?Sized> {
        rwlock: &'a RwLock<R, T>,
        marker: PhantomData<(&'a mut T, R::GuardMarker)>,
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> RwLockWriteGuard<'a, R, T> {
        pub fn rwlock(s: &RwLockWriteGuard<'a, R, T>) -> &'a RwLock<R, T>;
        pub fn map<U: ?Sized, F>(s: RwLockWriteGuard<'a, R, T>, f: F) -> MappedRwLockWriteGuard<'a, R, U> where F: FnOnce(&mut T) -> &mut U;
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> Deref for RwLockWriteGuard<'a, R, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> DerefMut for RwLockWriteGuard<'a, R, T> {
        fn deref_mut(&mut self) -> &mut T;
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> Drop for RwLockWriteGuard<'a, R, T> {
        fn drop(&mut self);
    }

    pub struct MappedRwLockReadGuard<'a, R: RawRwLock, T: ?Sized> {
        raw: &'a R,
        data: *const T,
        marker: PhantomData<&'a T>,
    }
    unsafe impl<'a, R: RawRwLock + 'a, T: ?Sized + Sync + 'a> Sync for MappedRwLockReadGuard<'a, R, T> {}
    unsafe impl<'a, R: RawRwLock + 'a, T: ?Sized + Sync + 'a> Send for MappedRwLockReadGuard<'a, R, T> where R::GuardMarker: Send {}
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> Deref for MappedRwLockReadGuard<'a, R, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> Drop for MappedRwLockReadGuard<'a, R, T> {
        fn drop(&mut self);
    }

    pub struct MappedRwLockWriteGuard<'a, R: RawRwLock, T: ?Sized> {
        raw: &'a R,
        data: *mut T,
        marker: PhantomData<&'a mut T>,
    }
    unsafe impl<'a, R: RawRwLock + 'a, T: ?Sized + Sync + 'a> Sync for MappedRwLockWriteGuard<'a, R, T> {}
    unsafe impl<'a, R: RawRwLock + 'a, T: ?Sized + Send + 'a> Send for MappedRwLockWriteGuard<'a, R, T> where R::GuardMarker: Send {}
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> Deref for MappedRwLockWriteGuard<'a, R, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> DerefMut for MappedRwLockWriteGuard<'a, R, T> {
        fn deref_mut(&mut self) -> &mut T;
    }
    impl<'a, R: RawRwLock + 'a, T: ?Sized + 'a> Drop for MappedRwLockWriteGuard<'a, R, T> {
        fn drop(&mut self);
    }

    use crate::RawRwLock;
    use std::cell::UnsafeCell;
    use std::fmt::Debug;
    use std::marker::PhantomData;
    use std::ops::{Deref, DerefMut};
}
