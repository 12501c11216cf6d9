// The `futures` crate (version 0.3.21, the facade over futures-util, -core,
// -executor) as Awaitscope sees it: declarations only.
//
// What matters most for Send analysis:
// * BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>> is Send;
//   LocalBoxFuture drops the `+ Send` and is not (leaf `dyn Future<Output = T>`).
// * FutureExt::boxed() requires `Self: Send`: calling it on a !Send future is
//   where such a future is first rejected, before any spawn.
// * The combinators (Join, Select, JoinAll, Map, ...) are plain structs or enums
//   over the futures they hold, so they are Send exactly when those are.
//
// Conventions are those of std.rs; std's prelude is in scope in this file. The
// macros `futures::join!`, `futures::select!`, `futures::pin_mut!` are modelled
// by the analyzer itself (they are procedural in futures-macro); `poll!` and
// `pending!` are futures-util's own macro_rules!, written at the end of this file
// and expanded like any other.

pub use self::future::{Future, FutureExt, TryFuture, TryFutureExt};
pub use self::stream::{Stream, StreamExt};

// ---------------------------------------------------------------------------
// futures::future
// ---------------------------------------------------------------------------

pub mod future {
    pub use std::future::Future;

    pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
    pub type LocalBoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + 'a>>;

    // Extension methods on every future (blanket impl below).
    pub trait FutureExt: Future {
        fn map<U, F>(self, f: F) -> Map<Self, F> where F: FnOnce(Self::Output) -> U, Self: Sized;
        fn then<Fut, F>(self, f: F) -> Then<Self, Fut, F> where F: FnOnce(Self::Output) -> Fut, Fut: Future, Self: Sized;
        fn left_future<B>(self) -> Either<Self, B> where B: Future<Output = Self::Output>, Self: Sized;
        fn right_future<A>(self) -> Either<A, Self> where A: Future<Output = Self::Output>, Self: Sized;
        fn fuse(self) -> Fuse<Self> where Self: Sized;
        fn shared(self) -> Shared<Self> where Self: Sized, Self::Output: Clone;
        // Requires Send: the box's trait object says `+ Send`.
        fn boxed<'a>(self) -> BoxFuture<'a, Self::Output> where Self: Sized + Send + 'a;
        // No Send requirement, and the result is not Send either.
        fn boxed_local<'a>(self) -> LocalBoxFuture<'a, Self::Output> where Self: Sized + 'a;
        fn now_or_never(self) -> Option<Self::Output> where Self: Sized;
        fn poll_unpin(&mut self, cx: &mut Context<'_>) -> Poll<Self::Output> where Self: Unpin;
    }
    impl<T: ?Sized> FutureExt for T where T: Future {}

    // A future whose output is a Result.
    pub trait TryFuture: Future {
        type Ok;
        type Error;
        fn try_poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<Self::Ok, Self::Error>>;
    }
    impl<F, T, E> TryFuture for F where F: ?Sized + Future<Output = Result<T, E>> {
        type Ok = T;
        type Error = E;
    }
    pub trait TryFutureExt: TryFuture {
        fn map_ok<T, F>(self, f: F) -> MapOk<Self, F> where F: FnOnce(Self::Ok) -> T, Self: Sized;
        fn map_err<E, F>(self, f: F) -> MapErr<Self, F> where F: FnOnce(Self::Error) -> E, Self: Sized;
    }
    impl<Fut: ?Sized + TryFuture> TryFutureExt for Fut {}

    // ---- free functions ----
    pub fn ready<T>(t: T) -> Ready<T>;
    pub fn ok<T, E>(t: T) -> Ready<Result<T, E>>;
    pub fn err<T, E>(err: E) -> Ready<Result<T, E>>;
    pub fn pending<T>() -> Pending<T>;
    pub fn lazy<F, R>(f: F) -> Lazy<F> where F: FnOnce(&mut Context<'_>) -> R;
    pub fn poll_fn<T, F>(f: F) -> PollFn<F> where F: FnMut(&mut Context<'_>) -> Poll<T>;
    pub fn maybe_done<Fut: Future>(future: Fut) -> MaybeDone<Fut>;

    pub fn join<Fut1, Fut2>(future1: Fut1, future2: Fut2) -> Join<Fut1, Fut2>
    where
        Fut1: Future,
        Fut2: Future;
    pub fn join3<Fut1, Fut2, Fut3>(future1: Fut1, future2: Fut2, future3: Fut3) -> Join3<Fut1, Fut2, Fut3>
    where
        Fut1: Future,
        Fut2: Future,
        Fut3: Future;
    pub fn try_join<Fut1, Fut2>(future1: Fut1, future2: Fut2) -> TryJoin<Fut1, Fut2>
    where
        Fut1: TryFuture,
        Fut2: TryFuture<Error = Fut1::Error>;
    // Both futures must be Unpin (pin them with Box::pin or pin_mut! first).
    pub fn select<A, B>(future1: A, future2: B) -> Select<A, B>
    where
        A: Future + Unpin,
        B: Future + Unpin;
    pub fn join_all<I>(iter: I) -> JoinAll<I::Item>
    where
        I: IntoIterator,
        I::Item: Future;
    pub fn try_join_all<I>(iter: I) -> TryJoinAll<I::Item>
    where
        I: IntoIterator,
        I::Item: TryFuture;
    pub fn select_all<I>(iter: I) -> SelectAll<I::Item>
    where
        I: IntoIterator,
        I::Item: Future + Unpin;

    // ---- leaf futures ----
    #[derive(Debug, Clone)]
    pub struct Ready<T>(Option<T>);
    impl<T> Unpin for Ready<T> {}
    impl<T> Future for Ready<T> {
        type Output = T;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T>;
    }
    impl<T> Ready<T> {
        pub fn into_inner(self) -> T;
    }

    pub struct Pending<T> {
        _data: PhantomData<T>,
    }
    impl<T> Future for Pending<T> {
        type Output = T;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T>;
    }

    pub struct Lazy<F> {
        f: Option<F>,
    }
    impl<F, R> Future for Lazy<F> where F: FnOnce(&mut Context<'_>) -> R {
        type Output = R;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<R>;
    }

    pub struct PollFn<F> {
        f: F,
    }
    impl<T, F> Future for PollFn<F> where F: FnMut(&mut Context<'_>) -> Poll<T> {
        type Output = T;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T>;
    }

    // ---- combinators over other futures ----
    // A future, then its output, then nothing: Send iff Fut and Fut::Output are.
    pub enum MaybeDone<Fut: Future> {
        Future(Fut),
        Done(Fut::Output),
        Gone,
    }
    impl<Fut: Future + Unpin> Unpin for MaybeDone<Fut> {}
    impl<Fut: Future> Future for MaybeDone<Fut> {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()>;
    }

    pub enum TryMaybeDone<Fut: TryFuture> {
        Future(Fut),
        Done(Fut::Ok),
        Gone,
    }

    // The join macro names each field after its type parameter (`Fut1: MaybeDone<Fut1>`).
    #[allow(non_snake_case)]
    pub struct Join<Fut1: Future, Fut2: Future> {
        Fut1: MaybeDone<Fut1>,
        Fut2: MaybeDone<Fut2>,
    }
    impl<Fut1: Future, Fut2: Future> Future for Join<Fut1, Fut2> {
        type Output = (Fut1::Output, Fut2::Output);
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    #[allow(non_snake_case)]
    pub struct Join3<Fut1: Future, Fut2: Future, Fut3: Future> {
        Fut1: MaybeDone<Fut1>,
        Fut2: MaybeDone<Fut2>,
        Fut3: MaybeDone<Fut3>,
    }
    impl<Fut1: Future, Fut2: Future, Fut3: Future> Future for Join3<Fut1, Fut2, Fut3> {
        type Output = (Fut1::Output, Fut2::Output, Fut3::Output);
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    #[allow(non_snake_case)]
    pub struct TryJoin<Fut1: TryFuture, Fut2: TryFuture> {
        Fut1: TryMaybeDone<Fut1>,
        Fut2: TryMaybeDone<Fut2>,
    }
    impl<Fut1, Fut2> Future for TryJoin<Fut1, Fut2> where Fut1: TryFuture, Fut2: TryFuture<Error = Fut1::Error> {
        type Output = Result<(Fut1::Ok, Fut2::Ok), Fut1::Error>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    // Resolves to the first output plus the other, still pending, future.
    pub struct Select<A, B> {
        inner: Option<(A, B)>,
    }
    impl<A: Unpin, B: Unpin> Unpin for Select<A, B> {}
    impl<A, B> Future for Select<A, B> where A: Future + Unpin, B: Future + Unpin {
        type Output = Either<(A::Output, B), (B::Output, A)>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    pub struct SelectAll<Fut> {
        inner: Vec<Fut>,
    }
    impl<Fut: Future + Unpin> Future for SelectAll<Fut> {
        type Output = (Fut::Output, usize, Vec<Fut>);
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    #[derive(Debug, Clone)]
    pub enum Either<A, B> {
        Left(A),
        Right(B),
    }
    impl<A, B> Future for Either<A, B> where A: Future, B: Future<Output = A::Output> {
        type Output = A::Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<A::Output>;
    }

    // join_all keeps every future and, for large inputs, a Vec of outputs.
    pub struct JoinAll<F> where F: Future {
        kind: JoinAllKind<F>,
    }
    enum JoinAllKind<F> where F: Future {
        Small {
            elems: Pin<Box<[MaybeDone<F>]>>,
        },
        Big {
            fut: crate::stream::Collect<crate::stream::FuturesOrdered<F>, Vec<F::Output>>,
        },
    }
    impl<F: Future> Future for JoinAll<F> {
        type Output = Vec<F::Output>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Vec<F::Output>>;
    }

    // Abbreviated: the real TryJoinAll also has a FuturesOrdered "big" kind.
    pub struct TryJoinAll<F> where F: TryFuture {
        elems: Pin<Box<[TryMaybeDone<F>]>>,
    }
    impl<F: TryFuture> Future for TryJoinAll<F> {
        type Output = Result<Vec<F::Ok>, F::Error>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    // FutureExt::map's future: a newtype (field `inner`) over the private enum.
    pub struct Map<Fut, F> {
        inner: map::Map<Fut, F>,
    }
    impl<Fut: Future, F, T> Future for Map<Fut, F> where F: FnOnce(Fut::Output) -> T {
        type Output = T;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T>;
    }
    mod map {
        pub enum Map<Fut, F> {
            Incomplete { future: Fut, f: F },
            Complete,
        }
    }

    pub struct MapOk<Fut, F> {
        inner: map::Map<Fut, F>,
    }
    impl<Fut: TryFuture, F, T> Future for MapOk<Fut, F> where F: FnOnce(Fut::Ok) -> T {
        type Output = Result<T, Fut::Error>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }
    pub struct MapErr<Fut, F> {
        inner: map::Map<Fut, F>,
    }
    impl<Fut: TryFuture, F, E> Future for MapErr<Fut, F> where F: FnOnce(Fut::Error) -> E {
        type Output = Result<Fut::Ok, E>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    // Abbreviated: the real Then is a Flatten<Map<Fut, F>, Fut2> state machine.
    pub struct Then<Fut1, Fut2, F> {
        inner: then::Flatten<map::Map<Fut1, F>, Fut2>,
    }
    impl<Fut1: Future, Fut2: Future, F> Future for Then<Fut1, Fut2, F> where F: FnOnce(Fut1::Output) -> Fut2 {
        type Output = Fut2::Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Fut2::Output>;
    }
    mod then {
        pub enum Flatten<Fut1, Fut2> {
            First { f: Fut1 },
            Second { f: Fut2 },
            Empty,
        }
    }

    pub struct Fuse<Fut> {
        inner: Option<Fut>,
    }
    impl<Fut: Future> Future for Fuse<Fut> {
        type Output = Fut::Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Fut::Output>;
    }

    // A clonable handle to one future. Send/Sync need the future to be Send
    // and its output Send + Sync (the explicit impls on Inner).
    pub struct Shared<Fut: Future> {
        inner: Option<Arc<shared::Inner<Fut>>>,
        waker_key: usize,
    }
    impl<Fut: Future> Unpin for Shared<Fut> {}
    impl<Fut: Future> Clone for Shared<Fut> {}
    impl<Fut: Future> Future for Shared<Fut> where Fut::Output: Clone {
        type Output = Fut::Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Fut::Output>;
    }
    mod shared {
        pub struct Inner<Fut: Future> {
            future_or_output: UnsafeCell<FutureOrOutput<Fut>>,
            notifier: Arc<Notifier>,
        }
        unsafe impl<Fut> Send for Inner<Fut> where Fut: Future + Send, Fut::Output: Send + Sync {}
        unsafe impl<Fut> Sync for Inner<Fut> where Fut: Future + Send, Fut::Output: Send + Sync {}
        enum FutureOrOutput<Fut: Future> {
            Future(Fut),
            Output(Fut::Output),
        }
        // Abbreviated: the wakers live in a slab::Slab in the real crate.
        struct Notifier {
            state: AtomicUsize,
            wakers: Mutex<Option<Vec<Option<Waker>>>>,
        }
        use std::cell::UnsafeCell;
        use std::sync::atomic::AtomicUsize;
        use std::sync::{Arc, Mutex};
        use std::task::Waker;
    }

    use std::marker::{PhantomData, Unpin};
    use std::pin::Pin;
    use std::sync::Arc;
    use std::task::{Context, Poll};
}

// ---------------------------------------------------------------------------
// futures::stream
// ---------------------------------------------------------------------------

pub mod stream {
    pub trait Stream {
        type Item;
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>>;
    }

    pub trait StreamExt: Stream {
        // The Next future borrows the stream mutably: Send iff the stream is.
        fn next(&mut self) -> Next<'_, Self> where Self: Unpin;
        fn map<T, F>(self, f: F) -> Map<Self, F> where F: FnMut(Self::Item) -> T, Self: Sized;
        fn collect<C: Default + Extend<Self::Item>>(self) -> Collect<Self, C> where Self: Sized;
        fn buffer_unordered(self, n: usize) -> BufferUnordered<Self> where Self::Item: Future, Self: Sized;
        fn boxed<'a>(self) -> Pin<Box<dyn Stream<Item = Self::Item> + Send + 'a>> where Self: Sized + Send + 'a;
    }
    impl<T: ?Sized> StreamExt for T where T: Stream {}

    pub fn iter<I>(i: I) -> Iter<I::IntoIter> where I: IntoIterator;
    pub struct Iter<I> {
        iter: I,
    }
    impl<I: Iterator> Stream for Iter<I> {
        type Item = I::Item;
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<I::Item>>;
    }

    pub struct Next<'a, St: ?Sized> {
        stream: &'a mut St,
    }
    impl<St: ?Sized + Unpin> Unpin for Next<'_, St> {}
    impl<St: ?Sized + Stream + Unpin> Future for Next<'_, St> {
        type Output = Option<St::Item>;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<St::Item>>;
    }

    pub struct Map<St, F> {
        stream: St,
        f: F,
    }
    impl<St: Stream, F, T> Stream for Map<St, F> where F: FnMut(St::Item) -> T {
        type Item = T;
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>>;
    }

    pub struct Collect<St, C> {
        stream: St,
        collection: C,
    }
    impl<St: Stream, C: Default + Extend<St::Item>> Future for Collect<St, C> {
        type Output = C;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<C>;
    }

    // Abbreviated (the real one wraps Fuse<St> and a FuturesUnordered).
    pub struct BufferUnordered<St> where St: Stream {
        stream: St,
        in_progress_queue: FuturesUnordered<St::Item>,
        max: usize,
    }

    // A set of futures polled together. Its raw task pointers make the
    // explicit impls decide: Send iff Fut: Send, Sync iff Fut: Sync.
    pub struct FuturesUnordered<Fut> {
        ready_to_run_queue: Arc<ReadyToRunQueue<Fut>>,
        head_all: AtomicPtr<Task<Fut>>,
        is_terminated: AtomicBool,
    }
    unsafe impl<Fut: Send> Send for FuturesUnordered<Fut> {}
    unsafe impl<Fut: Sync> Sync for FuturesUnordered<Fut> {}
    impl<Fut> Unpin for FuturesUnordered<Fut> {}
    impl<Fut> Drop for FuturesUnordered<Fut> {
        fn drop(&mut self);
    }
    impl<Fut> FuturesUnordered<Fut> {
        pub fn new() -> FuturesUnordered<Fut>;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn push(&self, future: Fut);
    }
    impl<Fut: Future> Stream for FuturesUnordered<Fut> {
        type Item = Fut::Output;
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Fut::Output>>;
    }
    impl<Fut> Default for FuturesUnordered<Fut> {}
    impl<Fut> FromIterator<Fut> for FuturesUnordered<Fut> {}

    // Abbreviated: queue head/tail, stub task and waker of the real queue.
    struct ReadyToRunQueue<Fut> {
        head: AtomicPtr<Task<Fut>>,
        tail: UnsafeCell<*const Task<Fut>>,
    }
    struct Task<Fut> {
        future: UnsafeCell<Option<Fut>>,
        next_all: AtomicPtr<Task<Fut>>,
        prev_all: UnsafeCell<*const Task<Fut>>,
    }
    unsafe impl<Fut> Send for Task<Fut> {}
    unsafe impl<Fut> Sync for Task<Fut> {}

    pub struct FuturesOrdered<T: Future> {
        in_progress_queue: FuturesUnordered<OrderWrapper<T>>,
        queued_outputs: BinaryHeap<OrderWrapper<T::Output>>,
        next_incoming_index: usize,
        next_outgoing_index: usize,
    }
    impl<T: Future> Unpin for FuturesOrdered<T> {}
    impl<T: Future> FuturesOrdered<T> {
        pub fn new() -> FuturesOrdered<T>;
        pub fn push_back(&mut self, future: T);
        pub fn len(&self) -> usize;
    }
    impl<T: Future> Stream for FuturesOrdered<T> {
        type Item = T::Output;
        fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T::Output>>;
    }
    struct OrderWrapper<T> {
        data: T,
        index: usize,
    }

    use std::cell::UnsafeCell;
    use std::collections::BinaryHeap;
    use std::future::Future;
    use std::pin::Pin;
    use std::sync::atomic::{AtomicBool, AtomicPtr};
    use std::sync::Arc;
    use std::task::{Context, Poll};
}

// ---------------------------------------------------------------------------
// futures::executor
// ---------------------------------------------------------------------------

pub mod executor {
    // Runs a future to completion on the current thread: no Send bound.
    pub fn block_on<F: Future>(f: F) -> F::Output;
    use std::future::Future;
}

// futures::task re-exports std's task types.
pub mod task {
    pub use std::task::{Context, Poll, Waker};
}

// ---------------------------------------------------------------------------
// futures::{poll, pending}: futures-util/src/async_await/{poll.rs, pending.rs}
// ---------------------------------------------------------------------------

// What the two macros expand to. Each is one more `.await` of a small future of its own,
// so each is one more suspension point holding that future as the awaitee.
pub mod __private {
    pub mod async_await {
        use std::future::Future;
        use std::pin::Pin;
        use std::task::{Context, Poll};

        pub fn poll<F: Future + Unpin>(future: F) -> PollOnce<F>;
        pub struct PollOnce<F: Future + Unpin> {
            future: F,
        }
        impl<F: Future + Unpin> Future for PollOnce<F> {
            type Output = Poll<F::Output>;
            fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
        }

        pub fn pending_once() -> PendingOnce;
        pub struct PendingOnce {
            is_ready: bool,
        }
        impl Future for PendingOnce {
            type Output = ();
            fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()>;
        }
    }
}

#[macro_export]
macro_rules! poll {
    ($x:expr $(,)?) => {
        $crate::__private::async_await::poll($x).await
    };
}

#[macro_export]
macro_rules! pending {
    () => {
        $crate::__private::async_await::pending_once().await
    };
}
