// The `tokio` crate (version 1.24.2, features rt-multi-thread, macros, sync, time)
// as Awaitscope sees it: declarations only, no bodies.
//
// Same conventions as std.rs: real private fields down to the first type whose
// Send/Sync is decided by an explicit impl (below that, internals are abbreviated
// and say so), explicit auto-trait impls exactly where tokio writes them, Drop
// impls, Deref targets, and the signatures async code calls. The prelude of std
// (Option, Box, Vec, Send, Sync, ...) is in scope in every module, as in tokio.
//
// A bodiless `async fn` here (`Mutex::lock`, `mpsc::Receiver::recv`,
// `LocalSet::run_until`, `task::yield_now`) is a library future whose state the
// analyzer does not see. Treat it as an opaque future that captures its
// arguments, like every async fn: it is Send iff every argument is Send
// (`&self` is Send iff Self: Sync). That is what tokio 1.24.2's real bodies give.
// rustc names these awaitees like `{async fn body of tokio::sync::Mutex<T>::lock()}`.
//
// `tokio::join!`, `tokio::select!`, `tokio::pin!`, `#[tokio::main]` and
// `#[tokio::test]` are macros: the analyzer models them itself.

pub use task::spawn;

// ---------------------------------------------------------------------------
// tokio::task
// ---------------------------------------------------------------------------

pub mod task {
    pub use crate::runtime::task::{AbortHandle, JoinError, JoinHandle};

    // The bound that makes "future cannot be sent between threads safely"
    // appear: the future AND its output must be Send + 'static. A future that
    // is Send but returns Box<dyn Error> fails on `T::Output: Send` instead.
    pub fn spawn<T>(future: T) -> JoinHandle<T::Output>
    where
        T: Future + Send + 'static,
        T::Output: Send + 'static;

    // Runs the future on the current LocalSet's thread: no Send bound at all.
    pub fn spawn_local<F>(future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static;

    // The closure (not a future) must be Send, and so must its result.
    pub fn spawn_blocking<F, R>(f: F) -> JoinHandle<R>
    where
        F: FnOnce() -> R + Send + 'static,
        R: Send + 'static;

    pub fn block_in_place<F, R>(f: F) -> R where F: FnOnce() -> R;

    // Its state is a private `YieldNow { yielded: bool }`: Send + Sync.
    #[awaitscope::layout(size = 2, align = 1)]
    pub async fn yield_now();

    // LocalSet is !Send and !Sync on purpose: it holds an Rc, a Cell and a
    // PhantomData<*const ()>. rustc names `Rc<tokio::task::local::Context>` and
    // `*const ()` (Send), plus `Cell<u8>` (Sync).
    pub struct LocalSet {
        tick: Cell<u8>,
        context: Rc<local::Context>,
        _not_send: PhantomData<*const ()>,
    }
    impl LocalSet {
        pub fn new() -> LocalSet;
        pub fn enter(&self) -> LocalEnterGuard;
        pub fn spawn_local<F>(&self, future: F) -> JoinHandle<F::Output>
        where
            F: Future + 'static,
            F::Output: 'static;
        pub fn block_on<F>(&self, rt: &crate::runtime::Runtime, future: F) -> F::Output where F: Future;
        // Captures `&LocalSet`, so the run_until future is never Send.
        pub async fn run_until<F>(&self, future: F) -> F::Output where F: Future;
    }
    impl Future for LocalSet {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()>;
    }
    impl Drop for LocalSet {
        fn drop(&mut self);
    }
    impl Default for LocalSet {}
    impl Debug for LocalSet {}

    pub struct LocalEnterGuard(Option<Rc<local::Context>>);
    impl Drop for LocalEnterGuard {
        fn drop(&mut self);
    }

    // tokio::task::local (private).
    mod local {
        pub struct Context {
            shared: Arc<Shared>,
            unhandled_panic: Cell<bool>,
        }
        // Shared is touched from other threads (wakers); tokio vouches for it.
        struct Shared {
            local_state: LocalState,
            queue: crate::loom::sync::Mutex<Option<VecDeque<Notified>>>,
            waker: crate::sync::task::AtomicWaker,
        }
        unsafe impl Sync for Shared {}
        struct LocalState {
            owner: ThreadId,
            local_queue: UnsafeCell<VecDeque<Notified>>,
        }
        unsafe impl Send for LocalState {}
        // Abbreviated: a task::Notified<Arc<Shared>> (a RawTask).
        struct Notified(crate::runtime::task::RawTask);

        use std::cell::{Cell, UnsafeCell};
        use std::collections::VecDeque;
        use std::sync::Arc;
        use std::thread::ThreadId;
    }

    // JoinSet<T>: Send iff T: Send, Sync iff T: Sync (explicit impls on the set).
    pub struct JoinSet<T> {
        inner: crate::util::idle_notified_set::IdleNotifiedSet<JoinHandle<T>>,
    }
    impl<T> JoinSet<T> {
        pub fn new() -> JoinSet<T>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn spawn<F>(&mut self, task: F) -> AbortHandle
        where
            F: Future<Output = T>,
            F: Send + 'static,
            T: Send;
        pub fn spawn_local<F>(&mut self, task: F) -> AbortHandle
        where
            F: Future<Output = T>,
            F: 'static;
        #[awaitscope::layout(size = 32, align = 8)]
        pub async fn join_next(&mut self) -> Option<Result<T, JoinError>>;
        #[awaitscope::layout(size = 56, align = 8)]
        pub async fn shutdown(&mut self);
        pub fn abort_all(&mut self);
        pub fn detach_all(&mut self);
    }
    impl<T> Drop for JoinSet<T> {
        fn drop(&mut self);
    }
    impl<T> Default for JoinSet<T> {}

    use std::cell::Cell;
    use std::fmt::Debug;
    use std::future::Future;
    use std::marker::PhantomData;
    use std::pin::Pin;
    use std::rc::Rc;
    use std::sync::Arc;
    use std::task::{Context, Poll};
}

// ---------------------------------------------------------------------------
// tokio::runtime
// ---------------------------------------------------------------------------

pub mod runtime {
    pub struct Runtime {
        scheduler: Scheduler,
        handle: Handle,
        blocking_pool: BlockingPool,
    }
    impl Runtime {
        pub fn new() -> std::io::Result<Runtime>;
        pub fn handle(&self) -> &Handle;
        pub fn spawn<F>(&self, future: F) -> JoinHandle<F::Output>
        where
            F: Future + Send + 'static,
            F::Output: Send + 'static;
        pub fn spawn_blocking<F, R>(&self, func: F) -> JoinHandle<R>
        where
            F: FnOnce() -> R + Send + 'static,
            R: Send + 'static;
        // block_on has no Send bound: the future runs on the calling thread.
        pub fn block_on<F: Future>(&self, future: F) -> F::Output;
        pub fn enter(&self) -> EnterGuard<'_>;
        pub fn shutdown_timeout(self, duration: Duration);
        pub fn shutdown_background(self);
    }
    impl Drop for Runtime {
        fn drop(&mut self);
    }

    // Abbreviated: the schedulers' and blocking pool's internals are elided; in
    // tokio 1.24.2 all of them are Send + Sync.
    enum Scheduler {
        CurrentThread(CurrentThread),
        MultiThread(MultiThread),
    }
    struct CurrentThread {
        _opaque: (),
    }
    struct MultiThread {
        _opaque: (),
    }
    struct BlockingPool {
        spawner: Arc<BlockingInner>,
    }
    struct BlockingInner {
        _opaque: (),
    }

    #[derive(Clone)]
    pub struct Handle {
        inner: scheduler::Handle,
    }
    impl Handle {
        pub fn current() -> Handle;
        pub fn try_current() -> Result<Handle, TryCurrentError>;
        pub fn spawn<F>(&self, future: F) -> JoinHandle<F::Output>
        where
            F: Future + Send + 'static,
            F::Output: Send + 'static;
        pub fn spawn_blocking<F, R>(&self, func: F) -> JoinHandle<R>
        where
            F: FnOnce() -> R + Send + 'static,
            R: Send + 'static;
        pub fn block_on<F: Future>(&self, future: F) -> F::Output;
        pub fn enter(&self) -> EnterGuard<'_>;
    }
    pub struct TryCurrentError {
        kind: u8,
    }

    pub struct EnterGuard<'a> {
        _guard: context::SetCurrentGuard,
        _handle_lifetime: PhantomData<&'a Handle>,
    }
    impl Drop for EnterGuard<'_> {
        fn drop(&mut self);
    }
    mod context {
        // Restores the previous runtime handle (and RNG seed) on drop.
        pub struct SetCurrentGuard {
            old_handle: Option<super::scheduler::Handle>,
            old_seed: RngSeed,
        }
        impl Drop for SetCurrentGuard {
            fn drop(&mut self);
        }
        #[derive(Clone, Copy)]
        struct RngSeed {
            s: u32,
            r: u32,
        }
    }

    // tokio::runtime::scheduler (private): the handle is an Arc to the
    // scheduler's shared state.
    mod scheduler {
        #[derive(Clone)]
        pub enum Handle {
            CurrentThread(Arc<CurrentThreadHandle>),
            MultiThread(Arc<MultiThreadHandle>),
        }
        pub struct CurrentThreadHandle {
            _opaque: (),
        }
        pub struct MultiThreadHandle {
            _opaque: (),
        }
        use std::sync::Arc;
    }

    // Abbreviated: the real builder has more knobs and callbacks of the same kind.
    pub struct Builder {
        kind: Kind,
        enable_io: bool,
        enable_time: bool,
        worker_threads: Option<usize>,
        max_blocking_threads: usize,
        thread_name: ThreadNameFn,
        after_start: Option<Callback>,
    }
    type ThreadNameFn = std::sync::Arc<dyn Fn() -> String + Send + Sync + 'static>;
    type Callback = std::sync::Arc<dyn Fn() + Send + Sync>;
    enum Kind {
        CurrentThread,
        MultiThread,
    }
    impl Builder {
        pub fn new_current_thread() -> Builder;
        pub fn new_multi_thread() -> Builder;
        pub fn enable_all(&mut self) -> &mut Builder;
        pub fn enable_time(&mut self) -> &mut Builder;
        pub fn worker_threads(&mut self, val: usize) -> &mut Builder;
        pub fn build(&mut self) -> std::io::Result<Runtime>;
    }

    // ---- tokio::runtime::task (private module; JoinHandle & co. re-exported
    // ---- from tokio::task) ----
    pub(crate) mod task {
        // JoinHandle<T> is Send and Sync iff T: Send (explicit impls over a raw
        // task pointer). Awaiting it gives Result<T, JoinError>.
        pub struct JoinHandle<T> {
            raw: RawTask,
            _p: PhantomData<T>,
        }
        unsafe impl<T: Send> Send for JoinHandle<T> {}
        unsafe impl<T: Send> Sync for JoinHandle<T> {}
        impl<T> JoinHandle<T> {
            pub fn abort(&self);
            pub fn is_finished(&self) -> bool;
            pub fn abort_handle(&self) -> AbortHandle;
        }
        impl<T> Unpin for JoinHandle<T> {}
        impl<T> Future for JoinHandle<T> {
            type Output = Result<T, JoinError>;
            fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<T, JoinError>>;
        }
        impl<T> Drop for JoinHandle<T> {
            fn drop(&mut self);
        }
        impl<T: Debug> Debug for JoinHandle<T> {}

        pub struct AbortHandle {
            raw: RawTask,
        }
        unsafe impl Send for AbortHandle {}
        unsafe impl Sync for AbortHandle {}
        impl AbortHandle {
            pub fn abort(&self);
            pub fn is_finished(&self) -> bool;
        }
        impl Drop for AbortHandle {
            fn drop(&mut self);
        }

        // Public only with tokio_unstable; here just JoinError's field.
        #[derive(Clone, Copy, Debug, Hash, Eq, PartialEq)]
        pub struct Id(u64);

        // A raw pointer to the task header: neither Send nor Sync on its own.
        #[derive(Clone, Copy)]
        pub(crate) struct RawTask {
            ptr: NonNull<Header>,
        }
        // Abbreviated: the real header also has the vtable and queue links.
        pub(crate) struct Header {
            state: AtomicUsize,
            owner_id: UnsafeCell<u64>,
        }

        // JoinError: Send + Sync. The panic payload is a Box<dyn Any + Send>
        // inside SyncWrapper, which is Sync by hand.
        pub struct JoinError {
            repr: Repr,
            id: Id,
        }
        enum Repr {
            Cancelled,
            Panic(crate::util::sync_wrapper::SyncWrapper<Box<dyn Any + Send + 'static>>),
        }
        impl JoinError {
            pub fn is_cancelled(&self) -> bool;
            pub fn is_panic(&self) -> bool;
            pub fn into_panic(self) -> Box<dyn Any + Send + 'static>;
            pub fn try_into_panic(self) -> Result<Box<dyn Any + Send + 'static>, JoinError>;
        }
        impl Debug for JoinError {}
        impl Display for JoinError {}
        impl Error for JoinError {}
        impl From<JoinError> for std::io::Error {}

        use std::any::Any;
        use std::cell::UnsafeCell;
        use std::error::Error;
        use std::fmt::{Debug, Display};
        use std::future::Future;
        use std::marker::{PhantomData, Unpin};
        use std::pin::Pin;
        use std::ptr::NonNull;
        use std::sync::atomic::AtomicUsize;
        use std::task::{Context, Poll};
    }

    use std::future::Future;
    use std::marker::PhantomData;
    use std::sync::Arc;
    use std::time::Duration;
    use crate::task::JoinHandle;
}

// ---------------------------------------------------------------------------
// tokio::sync
// ---------------------------------------------------------------------------

pub mod sync {
    pub use self::mutex::{MappedMutexGuard, Mutex, MutexGuard, OwnedMutexGuard, TryLockError};
    pub use self::rwlock::{OwnedRwLockReadGuard, OwnedRwLockWriteGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};
    pub use self::semaphore::{AcquireError, OwnedSemaphorePermit, Semaphore, SemaphorePermit, TryAcquireError};
    pub use self::notify::Notify;

    pub mod futures {
        pub use super::notify::Notified;
    }

    // ---- Mutex: the async mutex whose guard may live across an await ----
    pub mod mutex {
        // Mutex<T>: Send and Sync iff T: Send (like std's).
        pub struct Mutex<T: ?Sized> {
            s: batch_semaphore::Semaphore,
            c: UnsafeCell<T>,
        }
        unsafe impl<T> Send for Mutex<T> where T: ?Sized + Send {}
        unsafe impl<T> Sync for Mutex<T> where T: ?Sized + Send {}

        // The guard is only `&Mutex<T>`: no negative impl, so it is Send iff
        // Mutex<T>: Sync, i.e. iff T: Send. Holding it across an await keeps the
        // future Send (the lock stays held, which is the cost).
        pub struct MutexGuard<'a, T: ?Sized> {
            lock: &'a Mutex<T>,
        }
        unsafe impl<T> Sync for MutexGuard<'_, T> where T: ?Sized + Send + Sync {}

        // Holds an Arc<Mutex<T>>: 'static, Send iff T: Send.
        pub struct OwnedMutexGuard<T: ?Sized> {
            lock: Arc<Mutex<T>>,
        }
        unsafe impl<T> Sync for OwnedMutexGuard<T> where T: ?Sized + Send + Sync {}

        pub struct MappedMutexGuard<'a, T: ?Sized> {
            s: &'a batch_semaphore::Semaphore,
            data: *mut T,
            marker: PhantomData<&'a mut T>,
        }
        unsafe impl<'a, T> Sync for MappedMutexGuard<'a, T> where T: ?Sized + Sync + 'a {}
        unsafe impl<'a, T> Send for MappedMutexGuard<'a, T> where T: ?Sized + Send + 'a {}

        impl<T: ?Sized> Mutex<T> {
            pub fn new(t: T) -> Mutex<T> where T: Sized;
            pub const fn const_new(t: T) -> Mutex<T> where T: Sized;
            #[awaitscope::layout(size = 96, align = 8)]
            pub async fn lock(&self) -> MutexGuard<'_, T>;
            pub fn blocking_lock(&self) -> MutexGuard<'_, T>;
            #[awaitscope::layout(size = 96, align = 8)]
            pub async fn lock_owned(self: Arc<Self>) -> OwnedMutexGuard<T>;
            pub fn try_lock(&self) -> Result<MutexGuard<'_, T>, TryLockError>;
            pub fn try_lock_owned(self: Arc<Self>) -> Result<OwnedMutexGuard<T>, TryLockError>;
            pub fn get_mut(&mut self) -> &mut T;
            pub fn into_inner(self) -> T where T: Sized;
        }
        impl<T> From<T> for Mutex<T> {}
        impl<T: Default> Default for Mutex<T> {}
        impl<T: ?Sized + Debug> Debug for Mutex<T> {}

        impl<'a, T: ?Sized> MutexGuard<'a, T> {
            pub fn map<U: ?Sized, F>(this: MutexGuard<'a, T>, f: F) -> MappedMutexGuard<'a, U> where F: FnOnce(&mut T) -> &mut U;
            pub fn mutex(this: &MutexGuard<'a, T>) -> &'a Mutex<T>;
        }
        impl<T: ?Sized> Deref for MutexGuard<'_, T> {
            type Target = T;
            fn deref(&self) -> &T;
        }
        impl<T: ?Sized> DerefMut for MutexGuard<'_, T> {
            fn deref_mut(&mut self) -> &mut T;
        }
        impl<T: ?Sized> Drop for MutexGuard<'_, T> {
            fn drop(&mut self);
        }
        impl<T: ?Sized + Debug> Debug for MutexGuard<'_, T> {}
        impl<T: ?Sized + Display> Display for MutexGuard<'_, T> {}

        impl<T: ?Sized> Deref for OwnedMutexGuard<T> {
            type Target = T;
            fn deref(&self) -> &T;
        }
        impl<T: ?Sized> DerefMut for OwnedMutexGuard<T> {
            fn deref_mut(&mut self) -> &mut T;
        }
        impl<T: ?Sized> Drop for OwnedMutexGuard<T> {
            fn drop(&mut self);
        }

        impl<T: ?Sized> Deref for MappedMutexGuard<'_, T> {
            type Target = T;
            fn deref(&self) -> &T;
        }
        impl<T: ?Sized> DerefMut for MappedMutexGuard<'_, T> {
            fn deref_mut(&mut self) -> &mut T;
        }
        impl<T: ?Sized> Drop for MappedMutexGuard<'_, T> {
            fn drop(&mut self);
        }

        #[derive(Debug)]
        pub struct TryLockError(());
        impl Display for TryLockError {}
        impl Error for TryLockError {}

        use super::batch_semaphore;
        use crate::loom::cell::UnsafeCell;
        use std::error::Error;
        use std::fmt::{Debug, Display};
        use std::marker::PhantomData;
        use std::ops::{Deref, DerefMut};
        use std::sync::Arc;
    }

    // ---- RwLock ----
    pub mod rwlock {
        pub struct RwLock<T: ?Sized> {
            mr: u32,
            s: batch_semaphore::Semaphore,
            c: UnsafeCell<T>,
        }
        unsafe impl<T> Send for RwLock<T> where T: ?Sized + Send {}
        unsafe impl<T> Sync for RwLock<T> where T: ?Sized + Send + Sync {}

        // The guards store raw pointers, so tokio states both impls by hand.
        pub struct RwLockReadGuard<'a, T: ?Sized> {
            s: &'a batch_semaphore::Semaphore,
            data: *const T,
            marker: PhantomData<&'a T>,
        }
        unsafe impl<T> Send for RwLockReadGuard<'_, T> where T: ?Sized + Sync {}
        unsafe impl<T> Sync for RwLockReadGuard<'_, T> where T: ?Sized + Send + Sync {}

        pub struct RwLockWriteGuard<'a, T: ?Sized> {
            permits_acquired: u32,
            s: &'a batch_semaphore::Semaphore,
            data: *mut T,
            marker: PhantomData<&'a mut T>,
        }
        unsafe impl<T> Send for RwLockWriteGuard<'_, T> where T: ?Sized + Send + Sync {}
        unsafe impl<T> Sync for RwLockWriteGuard<'_, T> where T: ?Sized + Send + Sync {}

        pub struct OwnedRwLockReadGuard<T: ?Sized, U: ?Sized = T> {
            lock: ManuallyDrop<Arc<RwLock<T>>>,
            data: *const U,
            _p: PhantomData<T>,
        }
        unsafe impl<T, U> Send for OwnedRwLockReadGuard<T, U> where T: ?Sized + Send + Sync, U: ?Sized + Sync {}
        unsafe impl<T, U> Sync for OwnedRwLockReadGuard<T, U> where T: ?Sized + Send + Sync, U: ?Sized + Send + Sync {}

        pub struct OwnedRwLockWriteGuard<T: ?Sized> {
            permits_acquired: u32,
            lock: ManuallyDrop<Arc<RwLock<T>>>,
            data: *mut T,
            _p: PhantomData<T>,
        }
        unsafe impl<T> Send for OwnedRwLockWriteGuard<T> where T: ?Sized + Send + Sync {}
        unsafe impl<T> Sync for OwnedRwLockWriteGuard<T> where T: ?Sized + Send + Sync {}

        impl<T: ?Sized> RwLock<T> {
            pub fn new(value: T) -> RwLock<T> where T: Sized;
            #[awaitscope::layout(size = 80, align = 8)]
            pub async fn read(&self) -> RwLockReadGuard<'_, T>;
            #[awaitscope::layout(size = 80, align = 8)]
            pub async fn write(&self) -> RwLockWriteGuard<'_, T>;
            #[awaitscope::layout(size = 80, align = 8)]
            pub async fn read_owned(self: Arc<Self>) -> OwnedRwLockReadGuard<T>;
            #[awaitscope::layout(size = 80, align = 8)]
            pub async fn write_owned(self: Arc<Self>) -> OwnedRwLockWriteGuard<T>;
            pub fn try_read(&self) -> Result<RwLockReadGuard<'_, T>, TryLockError>;
            pub fn try_write(&self) -> Result<RwLockWriteGuard<'_, T>, TryLockError>;
            pub fn blocking_read(&self) -> RwLockReadGuard<'_, T>;
            pub fn blocking_write(&self) -> RwLockWriteGuard<'_, T>;
            pub fn get_mut(&mut self) -> &mut T;
            pub fn into_inner(self) -> T where T: Sized;
        }
        impl<T> From<T> for RwLock<T> {}
        impl<T: Default> Default for RwLock<T> {}

        impl<T: ?Sized> Deref for RwLockReadGuard<'_, T> {
            type Target = T;
            fn deref(&self) -> &T;
        }
        impl<T: ?Sized> Drop for RwLockReadGuard<'_, T> {
            fn drop(&mut self);
        }
        impl<T: ?Sized> Deref for RwLockWriteGuard<'_, T> {
            type Target = T;
            fn deref(&self) -> &T;
        }
        impl<T: ?Sized> DerefMut for RwLockWriteGuard<'_, T> {
            fn deref_mut(&mut self) -> &mut T;
        }
        impl<T: ?Sized> Drop for RwLockWriteGuard<'_, T> {
            fn drop(&mut self);
        }
        impl<'a, T: ?Sized> RwLockWriteGuard<'a, T> {
            pub fn downgrade(self) -> RwLockReadGuard<'a, T>;
        }
        impl<T: ?Sized, U: ?Sized> Deref for OwnedRwLockReadGuard<T, U> {
            type Target = U;
            fn deref(&self) -> &U;
        }
        impl<T: ?Sized, U: ?Sized> Drop for OwnedRwLockReadGuard<T, U> {
            fn drop(&mut self);
        }
        impl<T: ?Sized> Deref for OwnedRwLockWriteGuard<T> {
            type Target = T;
            fn deref(&self) -> &T;
        }
        impl<T: ?Sized> DerefMut for OwnedRwLockWriteGuard<T> {
            fn deref_mut(&mut self) -> &mut T;
        }
        impl<T: ?Sized> Drop for OwnedRwLockWriteGuard<T> {
            fn drop(&mut self);
        }

        use super::batch_semaphore;
        use super::mutex::TryLockError;
        use crate::loom::cell::UnsafeCell;
        use std::marker::PhantomData;
        use std::mem::ManuallyDrop;
        use std::ops::{Deref, DerefMut, Drop};
        use std::sync::Arc;
    }

    // ---- Semaphore ----
    pub mod semaphore {
        pub struct Semaphore {
            ll_sem: batch_semaphore::Semaphore,
        }
        // Permits borrow the semaphore; Send + Sync because Semaphore is Sync.
        pub struct SemaphorePermit<'a> {
            sem: &'a Semaphore,
            permits: u32,
        }
        pub struct OwnedSemaphorePermit {
            sem: Arc<Semaphore>,
            permits: u32,
        }
        impl Semaphore {
            pub const MAX_PERMITS: usize;
            pub fn new(permits: usize) -> Semaphore;
            pub const fn const_new(permits: usize) -> Semaphore;
            pub fn available_permits(&self) -> usize;
            pub fn add_permits(&self, n: usize);
            #[awaitscope::layout(size = 80, align = 8)]
            pub async fn acquire(&self) -> Result<SemaphorePermit<'_>, AcquireError>;
            #[awaitscope::layout(size = 88, align = 8)]
            pub async fn acquire_many(&self, n: u32) -> Result<SemaphorePermit<'_>, AcquireError>;
            pub fn try_acquire(&self) -> Result<SemaphorePermit<'_>, TryAcquireError>;
            #[awaitscope::layout(size = 80, align = 8)]
            pub async fn acquire_owned(self: Arc<Self>) -> Result<OwnedSemaphorePermit, AcquireError>;
            pub fn try_acquire_owned(self: Arc<Self>) -> Result<OwnedSemaphorePermit, TryAcquireError>;
            pub fn close(&self);
            pub fn is_closed(&self) -> bool;
        }
        impl SemaphorePermit<'_> {
            pub fn forget(self);
        }
        impl Drop for SemaphorePermit<'_> {
            fn drop(&mut self);
        }
        impl OwnedSemaphorePermit {
            pub fn forget(self);
        }
        impl Drop for OwnedSemaphorePermit {
            fn drop(&mut self);
        }

        pub use super::batch_semaphore::AcquireError;
        #[derive(Debug, PartialEq, Eq)]
        pub enum TryAcquireError {
            Closed,
            NoPermits,
        }
        impl Display for TryAcquireError {}
        impl Error for TryAcquireError {}

        use super::batch_semaphore;
        use std::error::Error;
        use std::fmt::Display;
        use std::sync::Arc;
    }

    // tokio::sync::batch_semaphore (private): the engine under Mutex, RwLock
    // and Semaphore. A std Mutex around an intrusive list of waiters.
    pub(crate) mod batch_semaphore {
        pub(crate) struct Semaphore {
            waiters: crate::loom::sync::Mutex<Waitlist>,
            permits: AtomicUsize,
        }
        struct Waitlist {
            queue: LinkedList<Waiter, <Waiter as Link>::Target>,
            closed: bool,
        }
        struct Waiter {
            state: AtomicUsize,
            waker: UnsafeCell<Option<Waker>>,
            pointers: Pointers<Waiter>,
            _p: PhantomPinned,
        }
        unsafe impl Link for Waiter {
            type Handle = NonNull<Waiter>;
            type Target = Waiter;
        }
        // The future of acquire(): Sync by hand, Send structurally.
        pub(crate) struct Acquire<'a> {
            node: Waiter,
            semaphore: &'a Semaphore,
            num_permits: u32,
            queued: bool,
        }
        unsafe impl Sync for Acquire<'_> {}
        impl Drop for Acquire<'_> {
            fn drop(&mut self);
        }

        #[derive(Debug)]
        pub struct AcquireError(());
        impl Display for AcquireError {}
        impl Error for AcquireError {}

        use crate::loom::cell::UnsafeCell;
        use crate::loom::sync::atomic::AtomicUsize;
        use crate::util::linked_list::{Link, LinkedList, Pointers};
        use std::error::Error;
        use std::fmt::Display;
        use std::marker::PhantomPinned;
        use std::ptr::NonNull;
        use std::task::Waker;
    }

    // ---- Notify ----
    pub mod notify {
        pub struct Notify {
            state: AtomicUsize,
            waiters: crate::loom::sync::Mutex<WaitList>,
        }
        type WaitList = LinkedList<Waiter, <Waiter as Link>::Target>;
        struct Waiter {
            pointers: Pointers<Waiter>,
            waker: Option<Waker>,
            notified: Option<NotificationType>,
            _p: PhantomPinned,
        }
        unsafe impl Link for Waiter {
            type Handle = NonNull<Waiter>;
            type Target = Waiter;
        }
        #[derive(Clone, Copy)]
        enum NotificationType {
            AllWaiters,
            OneWaiter,
        }

        // The future returned by notified(): Send + Sync by hand.
        pub struct Notified<'a> {
            notify: &'a Notify,
            state: State,
            waiter: std::cell::UnsafeCell<Waiter>,
        }
        unsafe impl<'a> Send for Notified<'a> {}
        unsafe impl<'a> Sync for Notified<'a> {}
        #[derive(Debug)]
        enum State {
            Init(usize),
            Waiting,
            Done,
        }

        impl Notify {
            pub fn new() -> Notify;
            pub const fn const_new() -> Notify;
            pub fn notified(&self) -> Notified<'_>;
            pub fn notify_one(&self);
            pub fn notify_waiters(&self);
        }
        impl Default for Notify {}
        impl Notified<'_> {
            pub fn enable(self: Pin<&mut Self>) -> bool;
        }
        impl Future for Notified<'_> {
            type Output = ();
            fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()>;
        }
        impl Drop for Notified<'_> {
            fn drop(&mut self);
        }

        use crate::loom::sync::atomic::AtomicUsize;
        use crate::util::linked_list::{Link, LinkedList, Pointers};
        use std::future::Future;
        use std::marker::PhantomPinned;
        use std::pin::Pin;
        use std::ptr::NonNull;
        use std::task::{Context, Poll, Waker};
    }

    // tokio::sync::task::atomic_waker (private).
    pub(crate) mod task {
        pub(crate) struct AtomicWaker {
            state: AtomicUsize,
            waker: UnsafeCell<Option<Waker>>,
        }
        unsafe impl Send for AtomicWaker {}
        unsafe impl Sync for AtomicWaker {}
        use crate::loom::cell::UnsafeCell;
        use crate::loom::sync::atomic::AtomicUsize;
        use std::task::Waker;
    }

    // ---- mpsc ----
    pub mod mpsc {
        pub use self::bounded::{channel, OwnedPermit, Permit, Receiver, Sender, WeakSender};
        pub use self::unbounded::{unbounded_channel, UnboundedReceiver, UnboundedSender, WeakUnboundedSender};

        // Both ends wrap Arc<Chan<T, S>>; Chan is Send/Sync by hand when T: Send.
        // So a Sender<Rc<u8>> is !Send with the chain "Chan<Rc<u8>, _>: Sync"
        // -> "Arc<Chan<..>>: Send" -> leaf `Rc<u8>: Send`.
        pub mod bounded {
            pub struct Sender<T> {
                chan: chan::Tx<T, Semaphore>,
            }
            pub struct WeakSender<T> {
                chan: Arc<chan::Chan<T, Semaphore>>,
            }
            pub struct Permit<'a, T> {
                chan: &'a chan::Tx<T, Semaphore>,
            }
            pub struct OwnedPermit<T> {
                chan: Option<chan::Tx<T, Semaphore>>,
            }
            pub struct Receiver<T> {
                chan: chan::Rx<T, Semaphore>,
            }
            pub(crate) struct Semaphore {
                semaphore: crate::sync::batch_semaphore::Semaphore,
                bound: usize,
            }

            pub fn channel<T>(buffer: usize) -> (Sender<T>, Receiver<T>);

            impl<T> Receiver<T> {
                #[awaitscope::layout(size = 32, align = 8)]
                pub async fn recv(&mut self) -> Option<T>;
                pub fn try_recv(&mut self) -> Result<T, TryRecvError>;
                pub fn blocking_recv(&mut self) -> Option<T>;
                pub fn close(&mut self);
                pub fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Option<T>>;
            }
            impl<T> Unpin for Receiver<T> {}
            impl<T> Sender<T> {
                pub async fn send(&self, value: T) -> Result<(), SendError<T>>;
                #[awaitscope::layout(size = 96, align = 8)]
                pub async fn closed(&self);
                pub fn try_send(&self, message: T) -> Result<(), TrySendError<T>>;
                pub fn blocking_send(&self, value: T) -> Result<(), SendError<T>>;
                pub fn is_closed(&self) -> bool;
                #[awaitscope::layout(size = 96, align = 8)]
                pub async fn reserve(&self) -> Result<Permit<'_, T>, SendError<()>>;
                pub fn capacity(&self) -> usize;
                pub fn downgrade(&self) -> WeakSender<T>;
            }
            impl<T> Clone for Sender<T> {}
            impl<T> Debug for Sender<T> {}
            impl<T> Debug for Receiver<T> {}
            impl<T> WeakSender<T> {
                pub fn upgrade(&self) -> Option<Sender<T>>;
            }
            impl<T> Clone for WeakSender<T> {}
            impl<T> Permit<'_, T> {
                pub fn send(self, value: T);
            }
            impl<T> Drop for Permit<'_, T> {
                fn drop(&mut self);
            }
            impl<T> Drop for OwnedPermit<T> {
                fn drop(&mut self);
            }

            use super::chan;
            use super::error::{SendError, TryRecvError, TrySendError};
            use std::fmt::Debug;
            use std::sync::Arc;
            use std::task::{Context, Poll};
        }

        pub mod unbounded {
            pub struct UnboundedSender<T> {
                chan: chan::Tx<T, Semaphore>,
            }
            pub struct WeakUnboundedSender<T> {
                chan: Arc<chan::Chan<T, Semaphore>>,
            }
            pub struct UnboundedReceiver<T> {
                chan: chan::Rx<T, Semaphore>,
            }
            pub(crate) struct Semaphore(AtomicUsize);

            pub fn unbounded_channel<T>() -> (UnboundedSender<T>, UnboundedReceiver<T>);

            impl<T> UnboundedReceiver<T> {
                #[awaitscope::layout(size = 32, align = 8)]
                pub async fn recv(&mut self) -> Option<T>;
                pub fn try_recv(&mut self) -> Result<T, TryRecvError>;
                pub fn blocking_recv(&mut self) -> Option<T>;
                pub fn close(&mut self);
            }
            impl<T> UnboundedSender<T> {
                // Not async: an unbounded send never waits.
                pub fn send(&self, message: T) -> Result<(), SendError<T>>;
                #[awaitscope::layout(size = 96, align = 8)]
                pub async fn closed(&self);
                pub fn is_closed(&self) -> bool;
                pub fn downgrade(&self) -> WeakUnboundedSender<T>;
            }
            impl<T> Clone for UnboundedSender<T> {}
            impl<T> Debug for UnboundedSender<T> {}
            impl<T> Debug for UnboundedReceiver<T> {}
            impl<T> WeakUnboundedSender<T> {
                pub fn upgrade(&self) -> Option<UnboundedSender<T>>;
            }
            impl<T> Clone for WeakUnboundedSender<T> {}

            use super::chan;
            use super::error::{SendError, TryRecvError};
            use crate::loom::sync::atomic::AtomicUsize;
            use std::fmt::Debug;
            use std::sync::Arc;
        }

        // tokio::sync::mpsc::chan (private).
        pub(crate) mod chan {
            pub(crate) struct Tx<T, S> {
                inner: Arc<Chan<T, S>>,
            }
            impl<T, S> Drop for Tx<T, S> {
                fn drop(&mut self);
            }
            impl<T, S> Clone for Tx<T, S> {}
            pub(crate) struct Rx<T, S> {
                inner: Arc<Chan<T, S>>,
            }
            impl<T, S> Drop for Rx<T, S> {
                fn drop(&mut self);
            }
            pub(crate) struct Chan<T, S> {
                notify_rx_closed: crate::sync::Notify,
                tx: super::list::Tx<T>,
                semaphore: S,
                rx_waker: crate::sync::task::AtomicWaker,
                tx_count: AtomicUsize,
                rx_fields: UnsafeCell<RxFields<T>>,
            }
            unsafe impl<T: Send, S: Send> Send for Chan<T, S> {}
            unsafe impl<T: Send, S: Sync> Sync for Chan<T, S> {}
            impl<T, S> Drop for Chan<T, S> {
                fn drop(&mut self);
            }
            struct RxFields<T> {
                list: super::list::Rx<T>,
                rx_closed: bool,
            }
            use crate::loom::cell::UnsafeCell;
            use crate::loom::sync::atomic::AtomicUsize;
            use std::sync::Arc;
        }

        // tokio::sync::mpsc::list (private): a linked list of blocks.
        pub(crate) mod list {
            pub(crate) struct Tx<T> {
                block_tail: AtomicPtr<Block<T>>,
                tail_position: AtomicUsize,
            }
            pub(crate) struct Rx<T> {
                head: NonNull<Block<T>>,
                index: usize,
                free_head: NonNull<Block<T>>,
            }
            // Abbreviated: the real block holds 32 slots and an atomic header.
            pub(crate) struct Block<T> {
                values: [UnsafeCell<MaybeUninit<T>>; 32],
            }
            use crate::loom::cell::UnsafeCell;
            use crate::loom::sync::atomic::AtomicUsize;
            use std::mem::MaybeUninit;
            use std::ptr::NonNull;
            use std::sync::atomic::AtomicPtr;
        }

        pub mod error {
            // Gives the value back; Send iff T: Send.
            #[derive(Debug)]
            pub struct SendError<T>(pub T);
            impl<T> Display for SendError<T> {}
            impl<T: Debug> Error for SendError<T> {}

            #[derive(Debug, Eq, PartialEq)]
            pub enum TrySendError<T> {
                Full(T),
                Closed(T),
            }
            impl<T> Display for TrySendError<T> {}
            impl<T: Debug> Error for TrySendError<T> {}

            #[derive(PartialEq, Eq, Clone, Copy, Debug)]
            pub enum TryRecvError {
                Empty,
                Disconnected,
            }
            impl Display for TryRecvError {}
            impl Error for TryRecvError {}

            use std::error::Error;
            use std::fmt::{Debug, Display};
        }
    }

    // ---- oneshot ----
    pub mod oneshot {
        // Both halves hold Option<Arc<Inner<T>>>; Inner is Send/Sync by hand when
        // T: Send. The Receiver is itself the future: awaiting it gives
        // Result<T, RecvError>.
        pub struct Sender<T> {
            inner: Option<Arc<Inner<T>>>,
        }
        pub struct Receiver<T> {
            inner: Option<Arc<Inner<T>>>,
        }
        struct Inner<T> {
            state: AtomicUsize,
            value: UnsafeCell<Option<T>>,
            tx_task: Task,
            rx_task: Task,
        }
        unsafe impl<T: Send> Send for Inner<T> {}
        unsafe impl<T: Send> Sync for Inner<T> {}
        impl<T> Drop for Inner<T> {
            fn drop(&mut self);
        }
        struct Task(UnsafeCell<MaybeUninit<Waker>>);

        pub fn channel<T>() -> (Sender<T>, Receiver<T>);

        impl<T> Sender<T> {
            // Not async: takes self and gives the value back on failure.
            pub fn send(self, t: T) -> Result<(), T>;
            #[awaitscope::layout(size = 32, align = 8)]
            pub async fn closed(&mut self);
            pub fn is_closed(&self) -> bool;
        }
        impl<T> Drop for Sender<T> {
            fn drop(&mut self);
        }
        impl<T> Receiver<T> {
            pub fn close(&mut self);
            pub fn try_recv(&mut self) -> Result<T, error::TryRecvError>;
            pub fn blocking_recv(self) -> Result<T, error::RecvError>;
        }
        impl<T> Drop for Receiver<T> {
            fn drop(&mut self);
        }
        impl<T> Future for Receiver<T> {
            type Output = Result<T, error::RecvError>;
            fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<T, error::RecvError>>;
        }
        impl<T> Debug for Sender<T> {}
        impl<T> Debug for Receiver<T> {}

        pub mod error {
            #[derive(Debug, Eq, PartialEq, Clone)]
            pub struct RecvError(());
            impl Display for RecvError {}
            impl Error for RecvError {}
            #[derive(Debug, Eq, PartialEq, Clone)]
            pub enum TryRecvError {
                Empty,
                Closed,
            }
            impl Display for TryRecvError {}
            impl Error for TryRecvError {}
            use std::error::Error;
            use std::fmt::Display;
        }

        use crate::loom::cell::UnsafeCell;
        use crate::loom::sync::atomic::AtomicUsize;
        use std::fmt::Debug;
        use std::future::Future;
        use std::mem::MaybeUninit;
        use std::pin::Pin;
        use std::sync::Arc;
        use std::task::{Context, Poll, Waker};
    }

    // ---- watch ----
    pub mod watch {
        // The value lives in a *std* RwLock (tokio 1.24 without its parking_lot
        // feature). Both ends are Send iff T: Send + Sync.
        pub struct Receiver<T> {
            shared: Arc<Shared<T>>,
            version: Version,
        }
        pub struct Sender<T> {
            shared: Arc<Shared<T>>,
        }
        // borrow() hands out a std RwLockReadGuard, which is !Send: a watch::Ref
        // kept across an await makes the future !Send (leaf
        // `std::sync::RwLockReadGuard<'_, T>`).
        pub struct Ref<'a, T> {
            inner: std::sync::RwLockReadGuard<'a, T>,
            has_changed: bool,
        }
        struct Shared<T> {
            value: std::sync::RwLock<T>,
            state: AtomicState,
            ref_count_rx: AtomicUsize,
            notify_rx: crate::sync::Notify,
            notify_tx: crate::sync::Notify,
        }
        struct AtomicState(AtomicUsize);
        #[derive(Copy, Clone, Debug, PartialEq, Eq)]
        struct Version(usize);

        pub fn channel<T>(init: T) -> (Sender<T>, Receiver<T>);

        impl<T> Receiver<T> {
            pub fn borrow(&self) -> Ref<'_, T>;
            pub fn borrow_and_update(&mut self) -> Ref<'_, T>;
            pub fn has_changed(&self) -> Result<bool, error::RecvError>;
            #[awaitscope::layout(size = 88, align = 8)]
            pub async fn changed(&mut self) -> Result<(), error::RecvError>;
        }
        impl<T> Clone for Receiver<T> {}
        impl<T> Drop for Receiver<T> {
            fn drop(&mut self);
        }
        impl<T> Sender<T> {
            pub fn send(&self, value: T) -> Result<(), error::SendError<T>>;
            pub fn send_modify<F>(&self, modify: F) where F: FnOnce(&mut T);
            pub fn send_replace(&self, value: T) -> T;
            pub fn borrow(&self) -> Ref<'_, T>;
            pub fn is_closed(&self) -> bool;
            #[awaitscope::layout(size = 88, align = 8)]
            pub async fn closed(&self);
            pub fn subscribe(&self) -> Receiver<T>;
            pub fn receiver_count(&self) -> usize;
        }
        impl<T> Drop for Sender<T> {
            fn drop(&mut self);
        }
        impl<'a, T> Ref<'a, T> {
            pub fn has_changed(&self) -> bool;
        }
        impl<T> Deref for Ref<'_, T> {
            type Target = T;
            fn deref(&self) -> &T;
        }

        pub mod error {
            #[derive(Debug)]
            pub struct SendError<T>(pub T);
            impl<T> Display for SendError<T> {}
            impl<T: Debug> Error for SendError<T> {}
            #[derive(Debug, Clone)]
            pub struct RecvError(());
            impl Display for RecvError {}
            impl Error for RecvError {}
            use std::error::Error;
            use std::fmt::{Debug, Display};
        }

        use crate::loom::sync::atomic::AtomicUsize;
        use std::ops::Deref;
        use std::sync::Arc;
    }
}

// ---------------------------------------------------------------------------
// tokio::time
// ---------------------------------------------------------------------------

pub mod time {
    pub use std::time::Duration;

    // sleep() is a plain fn returning the Sleep future (640 bytes, 128-aligned
    // in tokio 1.24.2, which is why the awaitee dominates most layouts).
    pub fn sleep(duration: Duration) -> Sleep;
    pub fn sleep_until(deadline: Instant) -> Sleep;

    // Send + Sync (TimerEntry says so by hand) and !Unpin (PhantomPinned).
    #[awaitscope::layout(size = 640, align = 128)]
    pub struct Sleep {
        inner: Inner,
        entry: TimerEntry,
    }
    struct Inner {
        deadline: Instant,
    }
    impl Sleep {
        pub fn deadline(&self) -> Instant;
        pub fn is_elapsed(&self) -> bool;
        pub fn reset(self: Pin<&mut Self>, deadline: Instant);
    }
    impl Future for Sleep {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()>;
    }
    impl Debug for Sleep {}

    // tokio::runtime::time::entry::TimerEntry (private). Abbreviated: the shared
    // timer state and driver handle are elided behind the explicit impls.
    pub(crate) struct TimerEntry {
        driver: crate::runtime::Handle,
        inner: std::cell::UnsafeCell<TimerShared>,
        initial_deadline: Option<Instant>,
        _m: PhantomPinned,
    }
    unsafe impl Send for TimerEntry {}
    unsafe impl Sync for TimerEntry {}
    impl Drop for TimerEntry {
        fn drop(&mut self);
    }
    pub(crate) struct TimerShared {
        cached_when: AtomicU64,
        true_when: AtomicU64,
        _p: PhantomPinned,
    }
    unsafe impl Send for TimerShared {}
    unsafe impl Sync for TimerShared {}

    #[derive(Clone, Copy, Eq, PartialEq, PartialOrd, Ord, Hash, Debug)]
    pub struct Instant {
        std: std::time::Instant,
    }
    impl Instant {
        pub fn now() -> Instant;
        pub fn from_std(std: std::time::Instant) -> Instant;
        pub fn into_std(self) -> std::time::Instant;
        pub fn duration_since(&self, earlier: Instant) -> Duration;
        pub fn elapsed(&self) -> Duration;
        pub fn checked_add(&self, duration: Duration) -> Option<Instant>;
    }

    // Timeout<T> is structural over the wrapped future and a Sleep.
    pub fn timeout<F>(duration: Duration, future: F) -> Timeout<F> where F: Future;
    pub fn timeout_at<F>(deadline: Instant, future: F) -> Timeout<F> where F: Future;
    pub struct Timeout<T> {
        value: T,
        delay: Sleep,
    }
    impl<T> Timeout<T> {
        pub fn get_ref(&self) -> &T;
        pub fn get_mut(&mut self) -> &mut T;
        pub fn into_inner(self) -> T;
    }
    impl<T> Future for Timeout<T> where T: Future {
        type Output = Result<T::Output, error::Elapsed>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    pub fn interval(period: Duration) -> Interval;
    pub fn interval_at(start: Instant, period: Duration) -> Interval;
    pub struct Interval {
        delay: Pin<Box<Sleep>>,
        period: Duration,
        missed_tick_behavior: MissedTickBehavior,
    }
    impl Interval {
        #[awaitscope::layout(size = 32, align = 8)]
        pub async fn tick(&mut self) -> Instant;
        pub fn reset(&mut self);
        pub fn period(&self) -> Duration;
        pub fn missed_tick_behavior(&self) -> MissedTickBehavior;
        pub fn set_missed_tick_behavior(&mut self, behavior: MissedTickBehavior);
    }
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum MissedTickBehavior {
        Burst,
        Delay,
        Skip,
    }

    pub mod error {
        #[derive(Debug, PartialEq, Eq)]
        pub struct Elapsed(());
        impl Display for Elapsed {}
        impl Error for Elapsed {}
        impl From<Elapsed> for std::io::Error {}
        #[derive(Debug, Copy, Clone)]
        pub struct Error(Kind);
        #[derive(Debug, Clone, Copy, Eq, PartialEq)]
        enum Kind {
            Shutdown,
            AtCapacity,
            Invalid,
        }
        impl Display for Error {}
        impl std::error::Error for Error {}
        use std::error::Error;
        use std::fmt::Display;
    }

    use std::fmt::Debug;
    use std::future::Future;
    use std::marker::PhantomPinned;
    use std::pin::Pin;
    use std::sync::atomic::AtomicU64;
    use std::task::{Context, Poll};
}

// ---------------------------------------------------------------------------
// tokio::future (private): what join!, try_join! and select! expand to (macros/support.rs)
// ---------------------------------------------------------------------------

mod future {
    pub(crate) mod maybe_done {
        // tokio 1.24.2 future/maybe_done.rs: a future, then its output, then nothing.
        pub enum MaybeDone<Fut: std::future::Future> {
            Future(Fut),
            Done(Fut::Output),
            Gone,
        }
        impl<Fut: std::future::Future + Unpin> Unpin for MaybeDone<Fut> {}
    }
    mod poll_fn {
        // future/poll_fn.rs: the closure, polled by hand.
        pub struct PollFn<F> {
            f: F,
        }
        impl<F> Unpin for PollFn<F> {}
    }
}

// ---------------------------------------------------------------------------
// Private helpers: tokio's loom shims and utilities
// ---------------------------------------------------------------------------

mod loom {
    pub(crate) mod cell {
        // tokio::loom::std::unsafe_cell::UnsafeCell: a newtype over std's, so it
        // is !Sync and Send iff T: Send.
        pub(crate) struct UnsafeCell<T>(std::cell::UnsafeCell<T>);
    }
    pub(crate) mod sync {
        // tokio::loom::std::mutex::Mutex: a newtype over std's Mutex.
        pub(crate) struct Mutex<T: ?Sized>(std::sync::Mutex<T>);
        pub(crate) mod atomic {
            // tokio's own AtomicUsize wraps std's in an UnsafeCell and says
            // Send + Sync by hand.
            pub(crate) struct AtomicUsize {
                inner: crate::loom::cell::UnsafeCell<std::sync::atomic::AtomicUsize>,
            }
            unsafe impl Send for AtomicUsize {}
            unsafe impl Sync for AtomicUsize {}
        }
    }
}

mod util {
    pub(crate) mod linked_list {
        // Intrusive doubly linked list. Its Send/Sync follow the entry type; the
        // impls mention `L::Target`, so the solver must resolve the projection
        // through the `Link` impl, and must treat the cycle
        // Waiter -> Pointers<Waiter> -> Waiter as satisfied (auto traits are
        // coinductive).
        pub(crate) unsafe trait Link {
            type Handle;
            type Target;
        }
        pub(crate) struct LinkedList<L, T> {
            head: Option<NonNull<T>>,
            tail: Option<NonNull<T>>,
            _marker: PhantomData<*const L>,
        }
        unsafe impl<L: Link> Send for LinkedList<L, L::Target> where L::Target: Send {}
        unsafe impl<L: Link> Sync for LinkedList<L, L::Target> where L::Target: Sync {}

        pub(crate) struct Pointers<T> {
            inner: UnsafeCell<PointersInner<T>>,
        }
        struct PointersInner<T> {
            prev: Option<NonNull<T>>,
            next: Option<NonNull<T>>,
            _pin: PhantomPinned,
        }
        unsafe impl<T: Send> Send for Pointers<T> {}
        unsafe impl<T: Sync> Sync for Pointers<T> {}

        use std::cell::UnsafeCell;
        use std::marker::{PhantomData, PhantomPinned};
        use std::ptr::NonNull;
    }

    pub(crate) mod idle_notified_set {
        pub(crate) struct IdleNotifiedSet<T> {
            lists: Arc<Lists<T>>,
            length: usize,
        }
        unsafe impl<T: Send> Send for IdleNotifiedSet<T> {}
        unsafe impl<T: Sync> Sync for IdleNotifiedSet<T> {}
        impl<T> Drop for IdleNotifiedSet<T> {
            fn drop(&mut self);
        }
        // Abbreviated: two intrusive lists of entries behind a std Mutex.
        struct Lists<T> {
            inner: crate::loom::sync::Mutex<Vec<T>>,
        }
        use std::sync::Arc;
    }

    pub(crate) mod sync_wrapper {
        // Sync for every T (only &mut access is ever given out).
        pub(crate) struct SyncWrapper<T> {
            value: T,
        }
        unsafe impl<T: Send> Send for SyncWrapper<T> {}
        unsafe impl<T> Sync for SyncWrapper<T> {}
    }
}
