// The `std` crate as Awaitscope sees it: declarations only, no bodies.
//
// This file is parsed with tree-sitter-rust like user code. It tells the analyzer
// what std's types are made of (their private fields, as in the real sources of
// rustc 1.95), which `Send`/`Sync` impls std writes by hand, which types have a
// `Drop` impl, which are `Copy`, what `Deref` targets are, and the signatures of
// the methods and functions that ordinary async code calls.
//
// Conventions (shared by every prelude file):
// * Fields are the real private fields, so the auto-trait solver reaches the same
//   leaf types rustc names: a held `RefMut<'_, i64>` fails `Send` through
//   `NonNull<i64>` and through `&Cell<isize>` inside `BorrowRefMut`.
// * Auto-trait impls (`unsafe impl .. Send`, `impl .. !Sync`) appear only where
//   the real library writes them; every other type is structural over its fields.
// * The unstable allocator parameter (`A: Allocator = Global`) is left out of
//   `Box`, `Vec`, `Rc`, `Arc`, `RawVec` and the collections: `Global` is a
//   zero-sized `Send + Sync` type without drop glue, so nothing changes.
// * Layers that only add `#[cfg]` variants or platform code are abbreviated to the
//   Linux (futex) shape; such places say so in a comment.
// * A trait impl with an empty body only states that the trait is implemented.
// * Names from `std::prelude::rust_2021` (Option, Vec, Box, Send, Clone, ...) are
//   in scope in every module of every prelude file, as in real crates; anything
//   else is named by path or by a `use` line in its module.
// * Methods and functions end in `;` (tree-sitter: function_signature_item). A
//   bodiless `async fn` (used in tokio.rs) is an opaque library future that
//   captures its arguments: Send iff every argument is Send.
// * `#[awaitscope::layout(size = N, align = A)]` before a type or a bodiless async fn
//   gives the layout rustc 1.95 prints for it (-Zprint-type-sizes through
//   ../shared/tools/rustc-oracle, tokio 1.24.2), where the declared fields are abbreviated
//   and cannot give it. Left out where the size depends on a generic argument
//   (`mpsc::Sender<T>::send` holds the T): such a future's size stays unknown.
// * Associated consts may omit their value (`pub const ZERO: Duration;`).
// * Primitive types, references, raw pointers, slices, arrays, tuples, `dyn
//   Trait`, closures and fn pointers are built into the analyzer. So are the
//   macros (`vec!`, `format!`, `println!`, `write!`, `assert!`, `thread_local!`,
//   `pin!`), builtins or written by hand; the `#[macro_export] macro_rules!` at the
//   end of this file (`matches!`) are expanded like a crate's own.
// * `auto trait` does not parse with tree-sitter-rust 0.23.3 (it becomes an ERROR
//   node), so the auto traits are plain traits tagged `#[awaitscope::auto_trait]`.
//   Negative impls (`impl<T: ?Sized> !Sync for Cell<T> {}`) do parse: the `!` is an
//   anonymous token right before the impl's `trait` field.

// ---------------------------------------------------------------------------
// Language-level traits
// ---------------------------------------------------------------------------

pub mod marker {
    // Auto traits: implemented for every type whose fields all implement them,
    // unless an explicit positive or negative impl says otherwise.
    #[awaitscope::auto_trait]
    pub unsafe trait Send {}
    #[awaitscope::auto_trait]
    pub unsafe trait Sync {}
    #[awaitscope::auto_trait]
    pub trait Unpin {}

    pub trait Sized {}
    pub trait Copy: Clone {}

    // The solver treats PhantomData<T> structurally over T: PhantomData<Rc<u8>> is
    // !Send exactly like a field of type Rc<u8> would be (rustc's notes say
    // "required because it appears within the type `PhantomData<Rc<u8>>`").
    // It is Copy and has no drop glue.
    #[lang = "phantom_data"]
    pub struct PhantomData<T: ?Sized>;
    impl<T: ?Sized> Copy for PhantomData<T> {}
    impl<T: ?Sized> Clone for PhantomData<T> {}

    // The one type that is !Unpin on purpose; async fn futures are !Unpin too.
    pub struct PhantomPinned;
    impl !Unpin for PhantomPinned {}

    use crate::clone::Clone;
}

pub mod ops {
    pub trait Drop {
        fn drop(&mut self);
    }

    pub trait Deref {
        type Target: ?Sized;
        fn deref(&self) -> &Self::Target;
    }

    pub trait DerefMut: Deref {
        fn deref_mut(&mut self) -> &mut Self::Target;
    }
    // A reference derefs to its referent (library/core/src/ops/deref.rs): so `Ptr::Target`
    // of `Pin<&mut T>` is T and `pinned.as_mut()` is a `Pin<&mut T>`.
    impl<T: ?Sized> Deref for &T {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T: ?Sized> Deref for &mut T {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T: ?Sized> DerefMut for &mut T {
        fn deref_mut(&mut self) -> &mut T;
    }

    pub trait FnOnce<Args> {
        type Output;
    }
    pub trait FnMut<Args>: FnOnce<Args> {}
    pub trait Fn<Args>: FnMut<Args> {}
    // Async closures' traits (in every edition's prelude since 1.85); a call's future type
    // (CallOnceFuture / CallRefFuture) is not modelled.
    pub trait AsyncFnOnce<Args> {
        type Output;
    }
    pub trait AsyncFnMut<Args>: AsyncFnOnce<Args> {}
    pub trait AsyncFn<Args>: AsyncFnMut<Args> {}

    pub trait Index<Idx: ?Sized> {
        type Output: ?Sized;
        fn index(&self, index: Idx) -> &Self::Output;
    }
    pub trait IndexMut<Idx: ?Sized>: Index<Idx> {
        fn index_mut(&mut self, index: Idx) -> &mut Self::Output;
    }

    // `a..b` and `a..=b` build these.
    #[derive(Clone, Default, PartialEq, Eq, Hash, Debug)]
    pub struct Range<Idx> {
        pub start: Idx,
        pub end: Idx,
    }
    #[derive(Clone, PartialEq, Eq, Hash, Debug)]
    pub struct RangeInclusive<Idx> {
        start: Idx,
        end: Idx,
        exhausted: bool,
    }
    #[derive(Copy, Clone, Default, PartialEq, Eq, Hash, Debug)]
    pub struct RangeFull;
    #[derive(Clone, PartialEq, Eq, Hash, Debug)]
    pub struct RangeFrom<Idx> {
        pub start: Idx,
    }
    #[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
    pub struct RangeTo<Idx> {
        pub end: Idx,
    }

    // What `Try::branch` returns: `x?` matches on it (rustc_ast_lowering expr.rs,
    // lower_expr_try), and the match's scrutinee is a temporary a coroutine may save.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum ControlFlow<B, C = ()> {
        Continue(C),
        Break(B),
    }
}

pub mod clone {
    pub trait Clone: Sized {
        fn clone(&self) -> Self;
    }
}

pub mod default {
    pub trait Default: Sized {
        fn default() -> Self;
    }
}

pub mod cmp {
    pub trait PartialEq<Rhs: ?Sized = Self> {
        fn eq(&self, other: &Rhs) -> bool;
        fn ne(&self, other: &Rhs) -> bool;
    }
    pub trait Eq: PartialEq {}
    pub trait PartialOrd<Rhs: ?Sized = Self>: PartialEq<Rhs> {
        fn partial_cmp(&self, other: &Rhs) -> Option<Ordering>;
    }
    pub trait Ord: Eq + PartialOrd {
        fn cmp(&self, other: &Self) -> Ordering;
        fn max(self, other: Self) -> Self where Self: Sized;
        fn min(self, other: Self) -> Self where Self: Sized;
    }
    #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
    pub enum Ordering {
        Less,
        Equal,
        Greater,
    }
    use crate::option::Option;
}

pub mod hash {
    pub trait Hash {}
    pub trait Hasher {
        fn finish(&self) -> u64;
        fn write(&mut self, bytes: &[u8]);
    }
    pub trait BuildHasher {
        type Hasher: Hasher;
    }

    // The default hasher of HashMap; two u64 keys (std::hash::RandomState since
    // 1.76, also re-exported as std::collections::hash_map::RandomState).
    #[derive(Clone)]
    pub struct RandomState {
        k0: u64,
        k1: u64,
    }
    impl RandomState {
        pub fn new() -> RandomState;
    }
    impl Default for RandomState {}
    impl BuildHasher for RandomState {
        type Hasher = DefaultHasher;
    }
    pub struct DefaultHasher(SipHasher13);
    struct SipHasher13 {
        state: u64,
    }
    use crate::default::Default;
}

pub mod fmt {
    pub type Result = crate::result::Result<(), Error>;

    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
    pub struct Error;

    pub trait Debug {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    pub trait Display {
        fn fmt(&self, f: &mut Formatter<'_>) -> Result;
    }
    pub trait Write {
        fn write_str(&mut self, s: &str) -> Result;
    }

    // Abbreviated: the real Formatter also stores fill/width/precision options.
    pub struct Formatter<'a> {
        options: FormattingOptions,
        buf: &'a mut (dyn Write + 'a),
    }
    #[derive(Clone, Copy)]
    struct FormattingOptions {
        flags: u32,
        width: u16,
        precision: u16,
    }

    // What format_args! builds. std opts out of both auto traits explicitly, so a
    // format_args!() value kept across an await makes the future !Send.
    #[derive(Clone, Copy)]
    pub struct Arguments<'a> {
        template: NonNull<u8>,
        args: NonNull<rt::Argument<'a>>,
    }
    impl !Send for Arguments<'_> {}
    impl !Sync for Arguments<'_> {}
    mod rt {
        pub struct Argument<'a> {
            ty: ArgumentType<'a>,
        }
        enum ArgumentType<'a> {
            Placeholder { value: NonNull<()>, formatter: unsafe fn(NonNull<()>, &mut super::Formatter<'_>) -> super::Result, _lifetime: PhantomData<&'a ()> },
            Count(u16),
        }
        use crate::ptr::NonNull;
        use crate::marker::PhantomData;
    }
    use crate::ptr::NonNull;
}

pub mod convert {
    pub trait From<T>: Sized {
        fn from(value: T) -> Self;
    }
    pub trait Into<T>: Sized {
        fn into(self) -> T;
    }
    pub trait TryFrom<T>: Sized {
        type Error;
        fn try_from(value: T) -> Result<Self, Self::Error>;
    }
    pub trait AsRef<T: ?Sized> {
        fn as_ref(&self) -> &T;
    }
    pub trait AsMut<T: ?Sized> {
        fn as_mut(&mut self) -> &mut T;
    }
    impl<T> From<T> for T {
        fn from(t: T) -> T;
    }
    impl<T, U> Into<U> for T where U: From<T> {
        fn into(self) -> U;
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Infallible {}
    use crate::result::Result;
}

pub mod borrow {
    pub trait Borrow<Borrowed: ?Sized> {
        fn borrow(&self) -> &Borrowed;
    }
    pub trait BorrowMut<Borrowed: ?Sized>: Borrow<Borrowed> {
        fn borrow_mut(&mut self) -> &mut Borrowed;
    }
    impl<T: ?Sized> Borrow<T> for T {}
    impl<T: ?Sized> Borrow<T> for &T {}
    impl<T: ?Sized> Borrow<T> for &mut T {}

    pub trait ToOwned {
        type Owned: Borrow<Self>;
        fn to_owned(&self) -> Self::Owned;
    }
    impl<T: Clone> ToOwned for T {
        type Owned = T;
    }

    pub enum Cow<'a, B: ?Sized + ToOwned + 'a> {
        Borrowed(&'a B),
        Owned(<B as ToOwned>::Owned),
    }
    impl<B: ?Sized + ToOwned> Deref for Cow<'_, B> {
        type Target = B;
        fn deref(&self) -> &B;
    }
    impl<B: ?Sized + ToOwned> Cow<'_, B> {
        pub fn into_owned(self) -> <B as ToOwned>::Owned;
        pub fn to_mut(&mut self) -> &mut <B as ToOwned>::Owned;
    }
    use crate::clone::Clone;
    use crate::ops::Deref;
}

pub mod any {
    pub trait Any {
        fn type_id(&self) -> TypeId;
    }
    impl<T: 'static + ?Sized> Any for T {}

    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct TypeId {
        t: (u64, u64),
    }
}

// ---------------------------------------------------------------------------
// Option and Result
// ---------------------------------------------------------------------------

pub mod option {
    // Copy and Clone come from the derive: Option<T> is Copy iff T is.
    #[derive(Copy, Clone, PartialEq, PartialOrd, Eq, Ord, Debug, Hash)]
    pub enum Option<T> {
        None,
        Some(T),
    }
    pub use self::Option::{None, Some};

    impl<T> Option<T> {
        pub fn is_some(&self) -> bool;
        pub fn is_none(&self) -> bool;
        pub fn is_some_and(self, f: impl FnOnce(T) -> bool) -> bool;
        pub fn as_ref(&self) -> Option<&T>;
        pub fn as_mut(&mut self) -> Option<&mut T>;
        pub fn expect(self, msg: &str) -> T;
        pub fn unwrap(self) -> T;
        pub fn unwrap_or(self, default: T) -> T;
        pub fn unwrap_or_else<F>(self, f: F) -> T where F: FnOnce() -> T;
        pub fn unwrap_or_default(self) -> T where T: Default;
        pub fn map<U, F>(self, f: F) -> Option<U> where F: FnOnce(T) -> U;
        pub fn map_or<U, F>(self, default: U, f: F) -> U where F: FnOnce(T) -> U;
        pub fn ok_or<E>(self, err: E) -> Result<T, E>;
        pub fn ok_or_else<E, F>(self, err: F) -> Result<T, E> where F: FnOnce() -> E;
        pub fn and_then<U, F>(self, f: F) -> Option<U> where F: FnOnce(T) -> Option<U>;
        pub fn filter<P>(self, predicate: P) -> Option<T> where P: FnOnce(&T) -> bool;
        pub fn or(self, optb: Option<T>) -> Option<T>;
        pub fn or_else<F>(self, f: F) -> Option<T> where F: FnOnce() -> Option<T>;
        pub fn get_or_insert_with<F>(&mut self, f: F) -> &mut T where F: FnOnce() -> T;
        pub fn insert(&mut self, value: T) -> &mut T;
        pub fn take(&mut self) -> Option<T>;
        pub fn replace(&mut self, value: T) -> Option<T>;
        pub fn zip<U>(self, other: Option<U>) -> Option<(T, U)>;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn as_deref(&self) -> Option<&T::Target> where T: Deref;
    }
    impl<T: Clone> Option<&T> {
        pub fn cloned(self) -> Option<T>;
    }
    impl<T: Copy> Option<&T> {
        pub fn copied(self) -> Option<T>;
    }
    impl<T> Default for Option<T> {}
    impl<T> From<T> for Option<T> {}

    pub struct Iter<'a, A: 'a> {
        inner: Item<&'a A>,
    }
    struct Item<A> {
        opt: Option<A>,
    }
    impl<'a, A> Iterator for Iter<'a, A> {
        type Item = &'a A;
    }
    impl<T> IntoIterator for Option<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
    }
    pub struct IntoIter<A> {
        inner: Item<A>,
    }
    impl<A> Iterator for IntoIter<A> {
        type Item = A;
    }

    use crate::clone::Clone;
    use crate::convert::From;
    use crate::default::Default;
    use crate::iter::{IntoIterator, Iterator};
    use crate::marker::Copy;
    use crate::ops::Deref;
    use crate::result::Result;
}

pub mod result {
    #[derive(Copy, Clone, PartialEq, PartialOrd, Eq, Ord, Debug, Hash)]
    pub enum Result<T, E> {
        Ok(T),
        Err(E),
    }
    pub use self::Result::{Err, Ok};

    impl<T, E> Result<T, E> {
        pub fn is_ok(&self) -> bool;
        pub fn is_err(&self) -> bool;
        pub fn ok(self) -> Option<T>;
        pub fn err(self) -> Option<E>;
        pub fn as_ref(&self) -> Result<&T, &E>;
        pub fn as_mut(&mut self) -> Result<&mut T, &mut E>;
        pub fn map<U, F>(self, op: F) -> Result<U, E> where F: FnOnce(T) -> U;
        pub fn map_err<F, O>(self, op: O) -> Result<T, F> where O: FnOnce(E) -> F;
        pub fn and_then<U, F>(self, op: F) -> Result<U, E> where F: FnOnce(T) -> Result<U, E>;
        pub fn or_else<F, O>(self, op: O) -> Result<T, F> where O: FnOnce(E) -> Result<T, F>;
        pub fn unwrap_or(self, default: T) -> T;
        pub fn unwrap_or_else<F>(self, op: F) -> T where F: FnOnce(E) -> T;
        pub fn unwrap_or_default(self) -> T where T: Default;
        pub fn expect(self, msg: &str) -> T where E: Debug;
        pub fn unwrap(self) -> T where E: Debug;
        pub fn expect_err(self, msg: &str) -> E where T: Debug;
        pub fn unwrap_err(self) -> E where T: Debug;
        pub fn iter(&self) -> crate::option::Iter<'_, T>;
    }

    use crate::default::Default;
    use crate::fmt::Debug;
    use crate::option::Option;
}

// ---------------------------------------------------------------------------
// Pointers: NonNull, Unique, Box
// ---------------------------------------------------------------------------

pub mod ptr {
    // NonNull<T> opts out of Send and Sync by hand. That is why rustc names
    // `NonNull<i64>` as the leaf of a held `RefMut<'_, i64>` and stops there.
    #[repr(transparent)]
    pub struct NonNull<T: ?Sized> {
        pointer: *const T,
    }
    impl<T: ?Sized> !Send for NonNull<T> {}
    impl<T: ?Sized> !Sync for NonNull<T> {}
    impl<T: ?Sized> Copy for NonNull<T> {}
    impl<T: ?Sized> Clone for NonNull<T> {}
    impl<T: ?Sized> NonNull<T> {
        pub fn as_ptr(self) -> *mut T;
    }
    impl<T> NonNull<T> {
        pub const fn dangling() -> NonNull<T>;
    }
    impl<T: ?Sized> From<&mut T> for NonNull<T> {
        fn from(reference: &mut T) -> NonNull<T>;
    }
    impl<T: ?Sized> From<&T> for NonNull<T> {
        fn from(reference: &T) -> NonNull<T>;
    }

    // Unstable `core::ptr::Unique`: the owning pointer inside Box. It gives back
    // Send/Sync when T has them, so `Box<Rc<u8>>: Send` fails with "required for
    // `Unique<Rc<u8>>` to implement `Send`" and the leaf `Rc<u8>`.
    #[repr(transparent)]
    pub struct Unique<T: ?Sized> {
        pointer: NonNull<T>,
        _marker: PhantomData<T>,
    }
    unsafe impl<T: Send + ?Sized> Send for Unique<T> {}
    unsafe impl<T: Sync + ?Sized> Sync for Unique<T> {}
    impl<T: ?Sized> Copy for Unique<T> {}
    impl<T: ?Sized> Clone for Unique<T> {}

    pub unsafe fn read<T>(src: *const T) -> T;
    pub unsafe fn write<T>(dst: *mut T, src: T);
    // core::ptr::null / null_mut (`T: ?Sized + Thin` in std; Thin is not modelled).
    pub const fn null<T>() -> *const T;
    pub const fn null_mut<T>() -> *mut T;
    pub unsafe fn drop_in_place<T: ?Sized>(to_drop: *mut T);

    use crate::clone::Clone;
    use crate::convert::From;
    use crate::marker::{Copy, PhantomData, Send, Sync};
}

pub mod boxed {
    // `Box<T, A = Global>(Unique<T>, A)`; the allocator is left out.
    // Box<dyn Error> is !Send because `dyn Error` (no `+ Send`) is not Send.
    #[lang = "owned_box"]
    pub struct Box<T: ?Sized>(Unique<T>);

    impl<T> Box<T> {
        pub fn new(x: T) -> Box<T>;
        pub fn pin(x: T) -> Pin<Box<T>>;
    }
    impl<T: ?Sized> Box<T> {
        pub fn into_raw(b: Box<T>) -> *mut T;
        pub unsafe fn from_raw(raw: *mut T) -> Box<T>;
        pub fn leak<'a>(b: Box<T>) -> &'a mut T;
        pub fn into_pin(boxed: Box<T>) -> Pin<Box<T>>;
    }
    impl<T: ?Sized> Drop for Box<T> {
        fn drop(&mut self);
    }
    impl<T: ?Sized> Deref for Box<T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T: ?Sized> DerefMut for Box<T> {
        fn deref_mut(&mut self) -> &mut T;
    }
    impl<T: Clone> Clone for Box<T> {}
    impl<T: Default> Default for Box<T> {}
    impl<T: ?Sized + Debug> Debug for Box<T> {}
    impl<T: ?Sized + Display> Display for Box<T> {}
    impl<T> From<T> for Box<T> {}
    impl<T: ?Sized> Unpin for Box<T> {}
    // A boxed future is a future (this is what BoxFuture relies on).
    impl<F: ?Sized + Future + Unpin> Future for Box<F> {
        type Output = F::Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }
    impl<I: Iterator + ?Sized> Iterator for Box<I> {
        type Item = I::Item;
    }

    use crate::clone::Clone;
    use crate::convert::From;
    use crate::default::Default;
    use crate::fmt::{Debug, Display};
    use crate::future::Future;
    use crate::iter::Iterator;
    use crate::marker::Unpin;
    use crate::ops::{Deref, DerefMut, Drop};
    use crate::pin::Pin;
    use crate::ptr::Unique;
    use crate::task::{Context, Poll};
}

// ---------------------------------------------------------------------------
// Memory utilities
// ---------------------------------------------------------------------------

pub mod mem {
    // drop() moves its argument away; it does not end the storage of a local
    // that was borrowed earlier (see DESIGN.md, "maybe_borrowed").
    pub fn drop<T>(_x: T);
    pub fn replace<T>(dest: &mut T, src: T) -> T;
    pub fn take<T: Default>(dest: &mut T) -> T;
    pub fn swap<T>(x: &mut T, y: &mut T);
    pub fn forget<T>(t: T);
    pub const fn size_of<T>() -> usize;
    pub fn size_of_val<T: ?Sized>(val: &T) -> usize;

    // The compiler never runs drop glue for ManuallyDrop<T>, whatever T is.
    #[lang = "manually_drop"]
    #[derive(Copy, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[repr(transparent)]
    pub struct ManuallyDrop<T: ?Sized> {
        value: MaybeDangling<T>,
    }
    impl<T> ManuallyDrop<T> {
        pub const fn new(value: T) -> ManuallyDrop<T>;
        pub fn into_inner(slot: ManuallyDrop<T>) -> T;
    }
    impl<T: ?Sized> Deref for ManuallyDrop<T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T: ?Sized> DerefMut for ManuallyDrop<T> {
        fn deref_mut(&mut self) -> &mut T;
    }

    // rustc 1.95 wraps the value once more (was `value: T` until recently).
    #[derive(Copy, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[repr(transparent)]
    pub struct MaybeDangling<P: ?Sized>(P);

    #[derive(Copy)]
    #[repr(transparent)]
    pub union MaybeUninit<T> {
        uninit: (),
        value: ManuallyDrop<T>,
    }
    impl<T> MaybeUninit<T> {
        pub const fn new(val: T) -> MaybeUninit<T>;
        pub const fn uninit() -> MaybeUninit<T>;
        pub unsafe fn assume_init(self) -> T;
    }

    use crate::default::Default;
    use crate::ops::{Deref, DerefMut};
}

// ---------------------------------------------------------------------------
// Interior mutability: UnsafeCell, Cell, RefCell, OnceCell
// ---------------------------------------------------------------------------

pub mod cell {
    // The root of all interior mutability: !Sync by hand, Send structurally.
    #[lang = "unsafe_cell"]
    #[repr(transparent)]
    pub struct UnsafeCell<T: ?Sized> {
        value: T,
    }
    impl<T: ?Sized> !Sync for UnsafeCell<T> {}
    impl<T> UnsafeCell<T> {
        pub const fn new(value: T) -> UnsafeCell<T>;
        pub fn into_inner(self) -> T;
    }
    impl<T: ?Sized> UnsafeCell<T> {
        pub const fn get(&self) -> *mut T;
        pub fn get_mut(&mut self) -> &mut T;
    }

    // Cell<T>: Send if T is, never Sync. `&Cell<isize>` is therefore !Send, which
    // is the second leaf rustc reports for a held RefMut / Ref.
    #[repr(transparent)]
    pub struct Cell<T: ?Sized> {
        value: UnsafeCell<T>,
    }
    unsafe impl<T: ?Sized> Send for Cell<T> where T: Send {}
    impl<T: ?Sized> !Sync for Cell<T> {}
    impl<T> Cell<T> {
        pub const fn new(value: T) -> Cell<T>;
        pub fn set(&self, val: T);
        pub fn replace(&self, val: T) -> T;
        pub fn into_inner(self) -> T;
        pub fn swap(&self, other: &Cell<T>);
    }
    impl<T: Copy> Cell<T> {
        pub fn get(&self) -> T;
        pub fn update(&self, f: impl FnOnce(T) -> T);
    }
    impl<T: Default> Cell<T> {
        pub fn take(&self) -> T;
    }
    impl<T: ?Sized> Cell<T> {
        pub fn get_mut(&mut self) -> &mut T;
    }
    impl<T: Copy> Clone for Cell<T> {}
    impl<T: Default> Default for Cell<T> {}
    impl<T: Copy + Debug> Debug for Cell<T> {}

    // The borrow counter: > 0 shared borrows, < 0 a mutable borrow.
    type BorrowFlag = isize;

    // RefCell<T>: Send if T is, explicitly !Sync. So `&RefCell<i64>` captured by
    // a future is !Send, leaf `RefCell<i64>: Sync`.
    pub struct RefCell<T: ?Sized> {
        borrow: Cell<BorrowFlag>,
        value: UnsafeCell<T>,
    }
    unsafe impl<T: ?Sized> Send for RefCell<T> where T: Send {}
    impl<T: ?Sized> !Sync for RefCell<T> {}
    impl<T> RefCell<T> {
        pub const fn new(value: T) -> RefCell<T>;
        pub fn into_inner(self) -> T;
        pub fn replace(&self, t: T) -> T;
        pub fn replace_with<F: FnOnce(&mut T) -> T>(&self, f: F) -> T;
        pub fn swap(&self, other: &RefCell<T>);
    }
    impl<T: ?Sized> RefCell<T> {
        pub fn borrow(&self) -> Ref<'_, T>;
        pub fn try_borrow(&self) -> Result<Ref<'_, T>, BorrowError>;
        pub fn borrow_mut(&self) -> RefMut<'_, T>;
        pub fn try_borrow_mut(&self) -> Result<RefMut<'_, T>, BorrowMutError>;
        pub fn as_ptr(&self) -> *mut T;
        pub fn get_mut(&mut self) -> &mut T;
    }
    impl<T: Default> RefCell<T> {
        pub fn take(&self) -> T;
    }
    impl<T: Clone> Clone for RefCell<T> {}
    impl<T: Default> Default for RefCell<T> {}
    impl<T: ?Sized + Debug> Debug for RefCell<T> {}

    // The guards hold a raw `NonNull<T>` to the value and a `&Cell<isize>` to
    // the counter. Neither is Send, and std writes no impl to override that, so
    // a Ref/RefMut kept across an await makes the future !Send with two leaves:
    // `NonNull<T>: Send` and `Cell<isize>: Sync`.
    struct BorrowRef<'b> {
        borrow: &'b Cell<BorrowFlag>,
    }
    impl Drop for BorrowRef<'_> {
        fn drop(&mut self);
    }
    impl Clone for BorrowRef<'_> {}

    struct BorrowRefMut<'b> {
        borrow: &'b Cell<BorrowFlag>,
    }
    impl Drop for BorrowRefMut<'_> {
        fn drop(&mut self);
    }

    pub struct Ref<'b, T: ?Sized + 'b> {
        value: NonNull<T>,
        borrow: BorrowRef<'b>,
    }
    impl<T: ?Sized> Deref for Ref<'_, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<'b, T: ?Sized> Ref<'b, T> {
        pub fn clone(orig: &Ref<'b, T>) -> Ref<'b, T>;
        pub fn map<U: ?Sized, F>(orig: Ref<'b, T>, f: F) -> Ref<'b, U> where F: FnOnce(&T) -> &U;
    }
    impl<T: ?Sized + Debug> Debug for Ref<'_, T> {}
    impl<T: ?Sized + Display> Display for Ref<'_, T> {}

    pub struct RefMut<'b, T: ?Sized + 'b> {
        value: NonNull<T>,
        borrow: BorrowRefMut<'b>,
        marker: PhantomData<&'b mut T>,
    }
    impl<T: ?Sized> Deref for RefMut<'_, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T: ?Sized> DerefMut for RefMut<'_, T> {
        fn deref_mut(&mut self) -> &mut T;
    }
    impl<'b, T: ?Sized> RefMut<'b, T> {
        pub fn map<U: ?Sized, F>(orig: RefMut<'b, T>, f: F) -> RefMut<'b, U> where F: FnOnce(&mut T) -> &mut U;
    }
    impl<T: ?Sized + Debug> Debug for RefMut<'_, T> {}
    impl<T: ?Sized + Display> Display for RefMut<'_, T> {}

    #[derive(Debug)]
    pub struct BorrowError {}
    #[derive(Debug)]
    pub struct BorrowMutError {}
    impl Display for BorrowError {}
    impl Display for BorrowMutError {}
    impl Error for BorrowError {}
    impl Error for BorrowMutError {}

    // OnceCell<T>: explicitly !Sync; Send through its Option<T>.
    pub struct OnceCell<T> {
        inner: UnsafeCell<Option<T>>,
    }
    impl<T> !Sync for OnceCell<T> {}
    impl<T> OnceCell<T> {
        pub const fn new() -> OnceCell<T>;
        pub fn get(&self) -> Option<&T>;
        pub fn set(&self, value: T) -> Result<(), T>;
        pub fn get_or_init<F>(&self, f: F) -> &T where F: FnOnce() -> T;
        pub fn into_inner(self) -> Option<T>;
    }
    impl<T> Default for OnceCell<T> {}
    impl<T: Clone> Clone for OnceCell<T> {}

    use crate::clone::Clone;
    use crate::default::Default;
    use crate::error::Error;
    use crate::fmt::{Debug, Display};
    use crate::marker::{Copy, PhantomData, Send, Sync};
    use crate::ops::{Deref, DerefMut, Drop};
    use crate::option::Option;
    use crate::ptr::NonNull;
    use crate::result::Result;
}

// ---------------------------------------------------------------------------
// Reference counting: Rc (single-threaded) and Arc (atomic)
// ---------------------------------------------------------------------------

pub mod rc {
    // Rc<T> opts out of Send and Sync by hand (its count is a plain Cell), so
    // rustc names `Rc<T>` itself as the leaf, never the fields below.
    pub struct Rc<T: ?Sized> {
        ptr: NonNull<RcInner<T>>,
        phantom: PhantomData<RcInner<T>>,
    }
    impl<T: ?Sized> !Send for Rc<T> {}
    impl<T: ?Sized> !Sync for Rc<T> {}

    // Called RcBox before rustc 1.84.
    struct RcInner<T: ?Sized> {
        strong: Cell<usize>,
        weak: Cell<usize>,
        value: T,
    }

    impl<T> Rc<T> {
        pub fn new(value: T) -> Rc<T>;
        pub fn pin(value: T) -> Pin<Rc<T>>;
        pub fn try_unwrap(this: Rc<T>) -> Result<T, Rc<T>>;
        pub fn into_inner(this: Rc<T>) -> Option<T>;
    }
    impl<T: ?Sized> Rc<T> {
        pub fn downgrade(this: &Rc<T>) -> Weak<T>;
        pub fn strong_count(this: &Rc<T>) -> usize;
        pub fn weak_count(this: &Rc<T>) -> usize;
        pub fn get_mut(this: &mut Rc<T>) -> Option<&mut T>;
        pub fn ptr_eq(this: &Rc<T>, other: &Rc<T>) -> bool;
        pub fn as_ptr(this: &Rc<T>) -> *const T;
    }
    impl<T: Clone> Rc<T> {
        pub fn make_mut(this: &mut Rc<T>) -> &mut T;
        pub fn unwrap_or_clone(this: Rc<T>) -> T;
    }
    impl<T: ?Sized> Clone for Rc<T> {
        fn clone(&self) -> Rc<T>;
    }
    impl<T: ?Sized> Drop for Rc<T> {
        fn drop(&mut self);
    }
    impl<T: ?Sized> Deref for Rc<T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T: Default> Default for Rc<T> {}
    impl<T: ?Sized + Debug> Debug for Rc<T> {}
    impl<T: ?Sized + Display> Display for Rc<T> {}
    impl<T> From<T> for Rc<T> {}
    impl<T: ?Sized> Unpin for Rc<T> {}

    pub struct Weak<T: ?Sized> {
        ptr: NonNull<RcInner<T>>,
    }
    impl<T: ?Sized> !Send for Weak<T> {}
    impl<T: ?Sized> !Sync for Weak<T> {}
    impl<T> Weak<T> {
        pub const fn new() -> Weak<T>;
    }
    impl<T: ?Sized> Weak<T> {
        pub fn upgrade(&self) -> Option<Rc<T>>;
        pub fn strong_count(&self) -> usize;
    }
    impl<T: ?Sized> Clone for Weak<T> {}
    impl<T: ?Sized> Drop for Weak<T> {
        fn drop(&mut self);
    }

    use crate::cell::Cell;
    use crate::clone::Clone;
    use crate::convert::From;
    use crate::default::Default;
    use crate::fmt::{Debug, Display};
    use crate::marker::{PhantomData, Send, Sync, Unpin};
    use crate::ops::{Deref, Drop};
    use crate::option::Option;
    use crate::pin::Pin;
    use crate::ptr::NonNull;
    use crate::result::Result;
}

// ---------------------------------------------------------------------------
// std::sync: Arc, Mutex, RwLock, their guards, Condvar, OnceLock, atomics, mpsc
// ---------------------------------------------------------------------------

pub mod sync {
    // Arc<T> is Send and Sync only when T is both. `Arc<RefCell<T>>` is
    // therefore !Send, with "required for `Arc<RefCell<T>>` to implement `Send`"
    // and the leaf `RefCell<T>: Sync`.
    pub struct Arc<T: ?Sized> {
        ptr: NonNull<ArcInner<T>>,
        phantom: PhantomData<ArcInner<T>>,
    }
    unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T> {}
    unsafe impl<T: ?Sized + Sync + Send> Sync for Arc<T> {}

    struct ArcInner<T: ?Sized> {
        strong: atomic::AtomicUsize,
        weak: atomic::AtomicUsize,
        data: T,
    }
    unsafe impl<T: ?Sized + Sync + Send> Send for ArcInner<T> {}
    unsafe impl<T: ?Sized + Sync + Send> Sync for ArcInner<T> {}

    impl<T> Arc<T> {
        pub fn new(data: T) -> Arc<T>;
        pub fn pin(data: T) -> Pin<Arc<T>>;
        pub fn try_unwrap(this: Arc<T>) -> Result<T, Arc<T>>;
        pub fn into_inner(this: Arc<T>) -> Option<T>;
    }
    impl<T: ?Sized> Arc<T> {
        pub fn downgrade(this: &Arc<T>) -> Weak<T>;
        pub fn strong_count(this: &Arc<T>) -> usize;
        pub fn weak_count(this: &Arc<T>) -> usize;
        pub fn get_mut(this: &mut Arc<T>) -> Option<&mut T>;
        pub fn ptr_eq(this: &Arc<T>, other: &Arc<T>) -> bool;
        pub fn as_ptr(this: &Arc<T>) -> *const T;
    }
    impl<T: Clone> Arc<T> {
        pub fn make_mut(this: &mut Arc<T>) -> &mut T;
        pub fn unwrap_or_clone(this: Arc<T>) -> T;
    }
    impl<T: ?Sized> Clone for Arc<T> {
        fn clone(&self) -> Arc<T>;
    }
    impl<T: ?Sized> Drop for Arc<T> {
        fn drop(&mut self);
    }
    impl<T: ?Sized> Deref for Arc<T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T: Default> Default for Arc<T> {}
    impl<T: ?Sized + Debug> Debug for Arc<T> {}
    impl<T: ?Sized + Display> Display for Arc<T> {}
    impl<T> From<T> for Arc<T> {}
    impl<T: ?Sized> Unpin for Arc<T> {}

    pub struct Weak<T: ?Sized> {
        ptr: NonNull<ArcInner<T>>,
    }
    unsafe impl<T: ?Sized + Sync + Send> Send for Weak<T> {}
    unsafe impl<T: ?Sized + Sync + Send> Sync for Weak<T> {}
    impl<T> Weak<T> {
        pub const fn new() -> Weak<T>;
    }
    impl<T: ?Sized> Weak<T> {
        pub fn upgrade(&self) -> Option<Arc<T>>;
        pub fn strong_count(&self) -> usize;
    }
    impl<T: ?Sized> Clone for Weak<T> {}
    impl<T: ?Sized> Drop for Weak<T> {
        fn drop(&mut self);
    }

    // ---- poisoning ----
    pub type LockResult<Guard> = Result<Guard, PoisonError<Guard>>;
    pub type TryLockResult<Guard> = Result<Guard, TryLockError<Guard>>;

    pub struct PoisonError<T> {
        data: T,
    }
    impl<T> PoisonError<T> {
        pub fn into_inner(self) -> T;
        pub fn get_ref(&self) -> &T;
    }
    impl<T> Debug for PoisonError<T> {}
    impl<T> Display for PoisonError<T> {}
    impl<T> Error for PoisonError<T> {}

    pub enum TryLockError<T> {
        Poisoned(PoisonError<T>),
        WouldBlock,
    }
    impl<T> Debug for TryLockError<T> {}
    impl<T> Display for TryLockError<T> {}
    impl<T> Error for TryLockError<T> {}

    // std::sync::poison (private): the poison flag of a lock and the "was the
    // thread panicking when the guard was taken" bit of a guard.
    mod poison {
        pub struct Flag {
            failed: AtomicBool,
        }
        pub struct Guard {
            panicking: bool,
        }
        use super::atomic::AtomicBool;
    }

    // ---- Mutex ----
    // Mutex<T> is Send and Sync when T: Send (a Mutex turns Send into Sync).
    pub struct Mutex<T: ?Sized> {
        inner: crate::sys::sync::Mutex,
        poison: poison::Flag,
        data: UnsafeCell<T>,
    }
    unsafe impl<T: ?Sized + Send> Send for Mutex<T> {}
    unsafe impl<T: ?Sized + Send> Sync for Mutex<T> {}

    impl<T> Mutex<T> {
        pub const fn new(t: T) -> Mutex<T>;
    }
    impl<T: ?Sized> Mutex<T> {
        pub fn lock(&self) -> LockResult<MutexGuard<'_, T>>;
        pub fn try_lock(&self) -> TryLockResult<MutexGuard<'_, T>>;
        pub fn is_poisoned(&self) -> bool;
        pub fn clear_poison(&self);
        pub fn into_inner(self) -> LockResult<T> where T: Sized;
        pub fn get_mut(&mut self) -> LockResult<&mut T>;
    }
    impl<T: Default> Default for Mutex<T> {}
    impl<T: ?Sized + Debug> Debug for Mutex<T> {}
    impl<T> From<T> for Mutex<T> {}

    // MutexGuard<'_, T> is !Send by hand: the OS lock must be released on the
    // thread that took it. This is the guard that breaks tokio::spawn when it is
    // alive across an await; rustc names `MutexGuard<'_, T>` as the leaf.
    pub struct MutexGuard<'a, T: ?Sized + 'a> {
        lock: &'a Mutex<T>,
        poison: poison::Guard,
    }
    impl<T: ?Sized> !Send for MutexGuard<'_, T> {}
    unsafe impl<T: ?Sized + Sync> Sync for MutexGuard<'_, T> {}
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

    // ---- RwLock ----
    pub struct RwLock<T: ?Sized> {
        inner: crate::sys::sync::RwLock,
        poison: poison::Flag,
        data: UnsafeCell<T>,
    }
    unsafe impl<T: ?Sized + Send> Send for RwLock<T> {}
    unsafe impl<T: ?Sized + Send + Sync> Sync for RwLock<T> {}

    impl<T> RwLock<T> {
        pub const fn new(t: T) -> RwLock<T>;
    }
    impl<T: ?Sized> RwLock<T> {
        pub fn read(&self) -> LockResult<RwLockReadGuard<'_, T>>;
        pub fn try_read(&self) -> TryLockResult<RwLockReadGuard<'_, T>>;
        pub fn write(&self) -> LockResult<RwLockWriteGuard<'_, T>>;
        pub fn try_write(&self) -> TryLockResult<RwLockWriteGuard<'_, T>>;
        pub fn is_poisoned(&self) -> bool;
        pub fn into_inner(self) -> LockResult<T> where T: Sized;
        pub fn get_mut(&mut self) -> LockResult<&mut T>;
    }
    impl<T: Default> Default for RwLock<T> {}
    impl<T: ?Sized + Debug> Debug for RwLock<T> {}

    // Both guards are !Send by hand, like MutexGuard.
    pub struct RwLockReadGuard<'a, T: ?Sized + 'a> {
        data: NonNull<T>,
        inner_lock: &'a crate::sys::sync::RwLock,
    }
    impl<T: ?Sized> !Send for RwLockReadGuard<'_, T> {}
    unsafe impl<T: ?Sized + Sync> Sync for RwLockReadGuard<'_, T> {}
    impl<T: ?Sized> Deref for RwLockReadGuard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T: ?Sized> Drop for RwLockReadGuard<'_, T> {
        fn drop(&mut self);
    }

    pub struct RwLockWriteGuard<'a, T: ?Sized + 'a> {
        lock: &'a RwLock<T>,
        poison: poison::Guard,
    }
    impl<T: ?Sized> !Send for RwLockWriteGuard<'_, T> {}
    unsafe impl<T: ?Sized + Sync> Sync for RwLockWriteGuard<'_, T> {}
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

    // ---- Condvar, Once, OnceLock, Barrier ----
    pub struct Condvar {
        inner: crate::sys::sync::Condvar,
    }
    impl Condvar {
        pub const fn new() -> Condvar;
        pub fn wait<'a, T>(&self, guard: MutexGuard<'a, T>) -> LockResult<MutexGuard<'a, T>>;
        pub fn notify_one(&self);
        pub fn notify_all(&self);
    }
    impl Default for Condvar {}

    pub struct Once {
        inner: crate::sys::sync::Once,
    }
    impl Once {
        pub const fn new() -> Once;
        pub fn call_once<F>(&self, f: F) where F: FnOnce();
    }

    pub struct OnceLock<T> {
        once: Once,
        value: UnsafeCell<MaybeUninit<T>>,
        _marker: PhantomData<T>,
    }
    unsafe impl<T: Sync + Send> Sync for OnceLock<T> {}
    unsafe impl<T: Send> Send for OnceLock<T> {}
    impl<T> OnceLock<T> {
        pub const fn new() -> OnceLock<T>;
        pub fn get(&self) -> Option<&T>;
        pub fn set(&self, value: T) -> Result<(), T>;
        pub fn get_or_init<F>(&self, f: F) -> &T where F: FnOnce() -> T;
    }
    impl<T> Drop for OnceLock<T> {
        fn drop(&mut self);
    }
    impl<T> Default for OnceLock<T> {}

    pub struct Barrier {
        lock: Mutex<BarrierState>,
        cvar: Condvar,
        num_threads: usize,
    }
    struct BarrierState {
        count: usize,
        generation_id: usize,
    }
    pub struct BarrierWaitResult(bool);
    impl Barrier {
        pub const fn new(n: usize) -> Barrier;
        pub fn wait(&self) -> BarrierWaitResult;
    }

    // ---- atomics ----
    pub mod atomic {
        #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
        pub enum Ordering {
            Relaxed,
            Release,
            Acquire,
            AcqRel,
            SeqCst,
        }

        // Every atomic integer is an UnsafeCell (so !Sync structurally) with an
        // explicit `unsafe impl Sync`; Send comes structurally from the cell.
        #[repr(C, align(1))]
        pub struct AtomicBool {
            v: UnsafeCell<u8>,
        }
        unsafe impl Sync for AtomicBool {}
        impl AtomicBool {
            pub const fn new(v: bool) -> AtomicBool;
            pub fn load(&self, order: Ordering) -> bool;
            pub fn store(&self, val: bool, order: Ordering);
            pub fn swap(&self, val: bool, order: Ordering) -> bool;
        }

        #[repr(C, align(1))]
        pub struct AtomicU8 {
            v: UnsafeCell<u8>,
        }
        unsafe impl Sync for AtomicU8 {}
        impl AtomicU8 {
            pub const fn new(v: u8) -> AtomicU8;
            pub fn load(&self, order: Ordering) -> u8;
            pub fn store(&self, val: u8, order: Ordering);
        }

        #[repr(C, align(4))]
        pub struct AtomicI32 {
            v: UnsafeCell<i32>,
        }
        unsafe impl Sync for AtomicI32 {}
        impl AtomicI32 {
            pub const fn new(v: i32) -> AtomicI32;
            pub fn load(&self, order: Ordering) -> i32;
            pub fn store(&self, val: i32, order: Ordering);
            pub fn fetch_add(&self, val: i32, order: Ordering) -> i32;
            pub fn fetch_sub(&self, val: i32, order: Ordering) -> i32;
        }

        #[repr(C, align(4))]
        pub struct AtomicU32 {
            v: UnsafeCell<u32>,
        }
        unsafe impl Sync for AtomicU32 {}
        impl AtomicU32 {
            pub const fn new(v: u32) -> AtomicU32;
            pub fn load(&self, order: Ordering) -> u32;
            pub fn store(&self, val: u32, order: Ordering);
            pub fn fetch_add(&self, val: u32, order: Ordering) -> u32;
            pub fn fetch_sub(&self, val: u32, order: Ordering) -> u32;
        }

        #[repr(C, align(8))]
        pub struct AtomicI64 {
            v: UnsafeCell<i64>,
        }
        unsafe impl Sync for AtomicI64 {}
        impl AtomicI64 {
            pub const fn new(v: i64) -> AtomicI64;
            pub fn load(&self, order: Ordering) -> i64;
            pub fn store(&self, val: i64, order: Ordering);
            pub fn fetch_add(&self, val: i64, order: Ordering) -> i64;
            pub fn fetch_sub(&self, val: i64, order: Ordering) -> i64;
        }

        #[repr(C, align(8))]
        pub struct AtomicU64 {
            v: UnsafeCell<u64>,
        }
        unsafe impl Sync for AtomicU64 {}
        impl AtomicU64 {
            pub const fn new(v: u64) -> AtomicU64;
            pub fn load(&self, order: Ordering) -> u64;
            pub fn store(&self, val: u64, order: Ordering);
            pub fn fetch_add(&self, val: u64, order: Ordering) -> u64;
            pub fn fetch_sub(&self, val: u64, order: Ordering) -> u64;
        }

        #[repr(C, align(8))]
        pub struct AtomicUsize {
            v: UnsafeCell<usize>,
        }
        unsafe impl Sync for AtomicUsize {}
        impl AtomicUsize {
            pub const fn new(v: usize) -> AtomicUsize;
            pub fn load(&self, order: Ordering) -> usize;
            pub fn store(&self, val: usize, order: Ordering);
            pub fn fetch_add(&self, val: usize, order: Ordering) -> usize;
            pub fn fetch_sub(&self, val: usize, order: Ordering) -> usize;
        }

        // AtomicPtr<T> holds a raw pointer, so it needs both impls.
        #[repr(C, align(8))]
        pub struct AtomicPtr<T> {
            p: UnsafeCell<*mut T>,
        }
        unsafe impl<T> Send for AtomicPtr<T> {}
        unsafe impl<T> Sync for AtomicPtr<T> {}
        impl<T> AtomicPtr<T> {
            pub const fn new(p: *mut T) -> AtomicPtr<T>;
            pub fn load(&self, order: Ordering) -> *mut T;
            pub fn store(&self, ptr: *mut T, order: Ordering);
        }

        impl Default for AtomicBool {}
        impl Default for AtomicUsize {}
        impl Default for AtomicU64 {}
        impl Debug for AtomicBool {}
        impl Debug for AtomicUsize {}
        impl Debug for AtomicU64 {}

        use crate::cell::UnsafeCell;
        use crate::default::Default;
        use crate::fmt::Debug;
        use crate::marker::{Send, Sync};
    }

    // ---- std::sync::mpsc (since 1.67 a thin layer over the private mpmc) ----
    pub mod mpsc {
        // Sender: Send and Sync when T: Send. Receiver: Send when T: Send, and
        // explicitly !Sync (only one thread may receive).
        pub struct Sender<T> {
            inner: super::mpmc::Sender<T>,
        }
        unsafe impl<T: Send> Send for Sender<T> {}
        unsafe impl<T: Send> Sync for Sender<T> {}

        // Send by an explicit impl; Sync only structurally (through mpmc::Sender).
        pub struct SyncSender<T> {
            inner: super::mpmc::Sender<T>,
        }
        unsafe impl<T: Send> Send for SyncSender<T> {}

        pub struct Receiver<T> {
            inner: super::mpmc::Receiver<T>,
        }
        unsafe impl<T: Send> Send for Receiver<T> {}
        impl<T> !Sync for Receiver<T> {}

        pub fn channel<T>() -> (Sender<T>, Receiver<T>);
        pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>);

        impl<T> Sender<T> {
            pub fn send(&self, t: T) -> Result<(), SendError<T>>;
        }
        impl<T> Clone for Sender<T> {}
        impl<T> SyncSender<T> {
            pub fn send(&self, t: T) -> Result<(), SendError<T>>;
            pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>>;
        }
        impl<T> Clone for SyncSender<T> {}
        impl<T> Receiver<T> {
            pub fn recv(&self) -> Result<T, RecvError>;
            pub fn try_recv(&self) -> Result<T, TryRecvError>;
            pub fn recv_timeout(&self, timeout: Duration) -> Result<T, RecvTimeoutError>;
            pub fn iter(&self) -> Iter<'_, T>;
            pub fn try_iter(&self) -> TryIter<'_, T>;
        }
        pub struct Iter<'a, T: 'a> {
            rx: &'a Receiver<T>,
        }
        pub struct TryIter<'a, T: 'a> {
            rx: &'a Receiver<T>,
        }
        impl<'a, T> Iterator for Iter<'a, T> {
            type Item = T;
        }
        impl<'a, T> Iterator for TryIter<'a, T> {
            type Item = T;
        }

        #[derive(PartialEq, Eq, Clone, Copy)]
        pub struct SendError<T>(pub T);
        #[derive(PartialEq, Eq, Clone, Copy)]
        pub enum TrySendError<T> {
            Full(T),
            Disconnected(T),
        }
        #[derive(PartialEq, Eq, Clone, Copy, Debug)]
        pub struct RecvError;
        #[derive(PartialEq, Eq, Clone, Copy, Debug)]
        pub enum TryRecvError {
            Empty,
            Disconnected,
        }
        #[derive(PartialEq, Eq, Clone, Copy, Debug)]
        pub enum RecvTimeoutError {
            Timeout,
            Disconnected,
        }
        impl<T> Debug for SendError<T> {}
        impl<T> Display for SendError<T> {}
        impl<T> Error for SendError<T> {}
        impl<T> Debug for TrySendError<T> {}
        impl<T> Display for TrySendError<T> {}
        impl<T> Error for TrySendError<T> {}
        impl Display for RecvError {}
        impl Error for RecvError {}
        impl Display for TryRecvError {}
        impl Error for TryRecvError {}
        impl Display for RecvTimeoutError {}
        impl Error for RecvTimeoutError {}

        use crate::clone::Clone;
        use crate::error::Error;
        use crate::fmt::{Debug, Display};
        use crate::iter::Iterator;
        use crate::marker::{Send, Sync};
        use crate::result::Result;
        use crate::time::Duration;
    }

    // std::sync::mpmc (private). Abbreviated: the three channel flavours (array,
    // list, zero) are one opaque `Channel<T>` here. The counter holds a raw
    // pointer, so the explicit impls below decide Send/Sync.
    // Public (unstable) in rustc 1.95's std: its Sender and Receiver compete with mpsc's
    // for a simple name, so rustc prints `std::sync::mpsc::Sender<T>` in full.
    pub mod mpmc {
        pub struct Sender<T> {
            flavor: SenderFlavor<T>,
        }
        enum SenderFlavor<T> {
            Array(counter::Sender<Channel<T>>),
            List(counter::Sender<Channel<T>>),
            Zero(counter::Sender<Channel<T>>),
        }
        unsafe impl<T: Send> Send for Sender<T> {}
        unsafe impl<T: Send> Sync for Sender<T> {}
        impl<T> Drop for Sender<T> {
            fn drop(&mut self);
        }

        pub struct Receiver<T> {
            flavor: ReceiverFlavor<T>,
        }
        enum ReceiverFlavor<T> {
            Array(counter::Receiver<Channel<T>>),
            List(counter::Receiver<Channel<T>>),
            Zero(counter::Receiver<Channel<T>>),
        }
        unsafe impl<T: Send> Send for Receiver<T> {}
        unsafe impl<T: Send> Sync for Receiver<T> {}
        impl<T> Drop for Receiver<T> {
            fn drop(&mut self);
        }

        struct Channel<T> {
            slots: PhantomData<T>,
        }

        mod counter {
            pub struct Sender<C> {
                counter: *mut Counter<C>,
            }
            pub struct Receiver<C> {
                counter: *mut Counter<C>,
            }
            struct Counter<C> {
                senders: AtomicUsize,
                receivers: AtomicUsize,
                destroy: AtomicBool,
                chan: C,
            }
            use crate::sync::atomic::{AtomicBool, AtomicUsize};
        }

        use crate::marker::{PhantomData, Send, Sync};
        use crate::ops::Drop;
    }

    use crate::cell::UnsafeCell;
    use crate::clone::Clone;
    use crate::convert::From;
    use crate::default::Default;
    use crate::error::Error;
    use crate::fmt::{Debug, Display};
    use crate::marker::{PhantomData, Send, Sync, Unpin};
    use crate::mem::MaybeUninit;
    use crate::ops::{Deref, DerefMut, Drop};
    use crate::option::Option;
    use crate::pin::Pin;
    use crate::ptr::NonNull;
    use crate::result::Result;

    // rustc 1.95's std declares non-poisoning twins of the locks in the public (unstable)
    // module `std::sync::nonpoison`. Only their names matter here: rustc's trimmed paths
    // (rustc_middle/src/ty/print/pretty.rs, trimmed_def_paths) shorten a type to its last
    // segment only when no other public item has that name, so these print in full
    // (`std::sync::MutexGuard<'_, u32>`, `std::sync::Mutex<u8>`, `std::sync::Once`).
    pub mod nonpoison {
        pub struct Mutex<T: ?Sized>(T);
        pub struct MutexGuard<'a, T: ?Sized>(&'a T);
        pub struct MappedMutexGuard<'a, T: ?Sized>(&'a T);
        pub struct RwLock<T: ?Sized>(T);
        pub struct RwLockReadGuard<'a, T: ?Sized>(&'a T);
        pub struct RwLockWriteGuard<'a, T: ?Sized>(&'a T);
        pub struct Condvar;
        pub struct Once;
        pub struct WouldBlock;
    }
}

// Platform layer, Linux shape (futex-based locks). Private in the real std
// (std::sys::sync::mutex::futex::Mutex etc.); only its fields matter here.
mod sys {
    pub mod sync {
        pub struct Mutex {
            futex: AtomicU32,
        }
        pub struct RwLock {
            state: AtomicU32,
            writer_notify: AtomicU32,
        }
        pub struct Condvar {
            futex: AtomicU32,
        }
        pub struct Once {
            state_and_queued: AtomicU32,
        }
        use crate::sync::atomic::AtomicU32;
    }
    pub mod time {
        #[derive(Copy, Clone)]
        // std/src/sys/pal/unix/time.rs: the nanoseconds are core's niche type, so an
        // `Option<Instant>` is 16 bytes, as a Duration's.
        pub struct Timespec {
            tv_sec: i64,
            tv_nsec: crate::time::Nanoseconds,
        }
    }
}

// ---------------------------------------------------------------------------
// Vec, String, slices, str
// ---------------------------------------------------------------------------

// alloc::raw_vec (private). RawVecInner owns an untyped Unique<u8> (Send + Sync);
// the element type only appears in PhantomData<T>, which is how rustc explains
// `Vec<Rc<u8>>: !Send`: "required because it appears within the type
// `PhantomData<Rc<u8>>`", "... `RawVec<Rc<u8>>`", "... `Vec<Rc<u8>>`".
mod raw_vec {
    pub struct RawVec<T> {
        inner: RawVecInner,
        _marker: PhantomData<T>,
    }
    impl<T> Drop for RawVec<T> {
        fn drop(&mut self);
    }
    pub struct RawVecInner {
        ptr: Unique<u8>,
        cap: Cap,
    }
    #[derive(Copy, Clone)]
    struct Cap(usize);

    use crate::marker::PhantomData;
    use crate::ops::Drop;
    use crate::ptr::Unique;
}

pub mod vec {
    // No Send/Sync impl on Vec: it is structural (via RawVec's PhantomData<T>).
    pub struct Vec<T> {
        buf: RawVec<T>,
        len: usize,
    }
    impl<T> Drop for Vec<T> {
        fn drop(&mut self);
    }
    impl<T> Vec<T> {
        pub const fn new() -> Vec<T>;
        pub fn with_capacity(capacity: usize) -> Vec<T>;
        pub fn capacity(&self) -> usize;
        pub fn reserve(&mut self, additional: usize);
        pub fn push(&mut self, value: T);
        pub fn pop(&mut self) -> Option<T>;
        pub fn insert(&mut self, index: usize, element: T);
        pub fn remove(&mut self, index: usize) -> T;
        pub fn swap_remove(&mut self, index: usize) -> T;
        pub fn truncate(&mut self, len: usize);
        pub fn clear(&mut self);
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn append(&mut self, other: &mut Vec<T>);
        pub fn retain<F>(&mut self, f: F) where F: FnMut(&T) -> bool;
        pub fn drain<R>(&mut self, range: R) -> Drain<'_, T>;
        pub fn as_slice(&self) -> &[T];
        pub fn as_mut_slice(&mut self) -> &mut [T];
        pub fn split_off(&mut self, at: usize) -> Vec<T>;
        pub fn dedup(&mut self) where T: PartialEq;
    }
    impl<T: Clone> Vec<T> {
        pub fn extend_from_slice(&mut self, other: &[T]);
        pub fn resize(&mut self, new_len: usize, value: T);
    }
    impl<T> Deref for Vec<T> {
        type Target = [T];
        fn deref(&self) -> &[T];
    }
    impl<T> DerefMut for Vec<T> {
        fn deref_mut(&mut self) -> &mut [T];
    }
    impl<T> Index<usize> for Vec<T> {
        type Output = T;
    }
    impl<T> IndexMut<usize> for Vec<T> {}
    impl<T: Clone> Clone for Vec<T> {
        fn clone(&self) -> Vec<T>;
    }
    impl<T> Default for Vec<T> {}
    impl<T: Debug> Debug for Vec<T> {}
    impl<T: PartialEq> PartialEq for Vec<T> {}
    impl<T: Eq> Eq for Vec<T> {}
    impl<T: Hash> Hash for Vec<T> {}
    impl<T> Extend<T> for Vec<T> {}
    impl<T> FromIterator<T> for Vec<T> {}
    impl<T: Clone> From<&[T]> for Vec<T> {}
    impl<T, const N: usize> From<[T; N]> for Vec<T> {}
    impl From<&str> for Vec<u8> {}
    impl From<String> for Vec<u8> {}

    impl<T> IntoIterator for Vec<T> {
        type Item = T;
        type IntoIter = IntoIter<T>;
        fn into_iter(self) -> IntoIter<T>;
    }
    impl<'a, T> IntoIterator for &'a Vec<T> {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
        fn into_iter(self) -> Iter<'a, T>;
    }
    impl<'a, T> IntoIterator for &'a mut Vec<T> {
        type Item = &'a mut T;
        type IntoIter = IterMut<'a, T>;
        fn into_iter(self) -> IterMut<'a, T>;
    }

    // The owning iterator keeps raw pointers, so its impls are explicit.
    pub struct IntoIter<T> {
        buf: NonNull<T>,
        phantom: PhantomData<T>,
        cap: usize,
        ptr: NonNull<T>,
        end: *const T,
    }
    unsafe impl<T: Send> Send for IntoIter<T> {}
    unsafe impl<T: Sync> Sync for IntoIter<T> {}
    impl<T> Drop for IntoIter<T> {
        fn drop(&mut self);
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
    }

    pub struct Drain<'a, T: 'a> {
        tail_start: usize,
        tail_len: usize,
        iter: Iter<'a, T>,
        vec: NonNull<Vec<T>>,
    }
    unsafe impl<T: Sync> Sync for Drain<'_, T> {}
    unsafe impl<T: Send> Send for Drain<'_, T> {}
    impl<T> Drop for Drain<'_, T> {
        fn drop(&mut self);
    }
    impl<T> Iterator for Drain<'_, T> {
        type Item = T;
    }

    use crate::clone::Clone;
    use crate::cmp::{Eq, PartialEq};
    use crate::convert::From;
    use crate::default::Default;
    use crate::fmt::Debug;
    use crate::hash::Hash;
    use crate::iter::{Extend, FromIterator, IntoIterator, Iterator};
    use crate::marker::{PhantomData, Send, Sync};
    use crate::ops::{Deref, DerefMut, Drop, Index, IndexMut};
    use crate::option::Option;
    use crate::ptr::NonNull;
    use crate::raw_vec::RawVec;
    use crate::slice::{Iter, IterMut};
    use crate::string::String;
}

pub mod slice {
    // Methods on the built-in slice type `[T]` (Vec<T> reaches them by Deref).
    impl<T> [T] {
        pub const fn len(&self) -> usize;
        pub const fn is_empty(&self) -> bool;
        pub fn first(&self) -> Option<&T>;
        pub fn last(&self) -> Option<&T>;
        pub fn get(&self, index: usize) -> Option<&T>;
        pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
        pub fn iter(&self) -> Iter<'_, T>;
        pub fn iter_mut(&mut self) -> IterMut<'_, T>;
        pub fn contains(&self, x: &T) -> bool where T: PartialEq;
        pub fn sort(&mut self) where T: Ord;
        pub fn sort_by<F>(&mut self, compare: F) where F: FnMut(&T, &T) -> Ordering;
        pub fn sort_by_key<K, F>(&mut self, f: F) where F: FnMut(&T) -> K, K: Ord;
        pub fn reverse(&mut self);
        pub fn swap(&mut self, a: usize, b: usize);
        pub fn chunks(&self, chunk_size: usize) -> Chunks<'_, T>;
        pub fn windows(&self, size: usize) -> Windows<'_, T>;
        pub fn to_vec(&self) -> Vec<T> where T: Clone;
        pub fn join<Separator>(&self, sep: Separator) -> String;
        pub fn concat<Item: ?Sized>(&self) -> Vec<T>;
        pub fn binary_search(&self, x: &T) -> Result<usize, usize> where T: Ord;
    }

    // Borrowing iterators: raw pointers inside, explicit impls. Iter<'_, T> is
    // Send iff T: Sync (it hands out &T), IterMut<'_, T> is Send iff T: Send.
    pub struct Iter<'a, T: 'a> {
        ptr: NonNull<T>,
        end_or_len: *const T,
        _marker: PhantomData<&'a T>,
    }
    unsafe impl<T: Sync> Sync for Iter<'_, T> {}
    unsafe impl<T: Sync> Send for Iter<'_, T> {}
    impl<T> Clone for Iter<'_, T> {}
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
    }

    pub struct IterMut<'a, T: 'a> {
        ptr: NonNull<T>,
        end_or_len: *mut T,
        _marker: PhantomData<&'a mut T>,
    }
    unsafe impl<T: Sync> Sync for IterMut<'_, T> {}
    unsafe impl<T: Send> Send for IterMut<'_, T> {}
    impl<'a, T> Iterator for IterMut<'a, T> {
        type Item = &'a mut T;
    }

    pub struct Chunks<'a, T: 'a> {
        v: &'a [T],
        chunk_size: usize,
    }
    impl<'a, T> Iterator for Chunks<'a, T> {
        type Item = &'a [T];
    }
    pub struct Windows<'a, T: 'a> {
        v: &'a [T],
        size: usize,
    }
    impl<'a, T> Iterator for Windows<'a, T> {
        type Item = &'a [T];
    }

    impl<'a, T> IntoIterator for &'a [T] {
        type Item = &'a T;
        type IntoIter = Iter<'a, T>;
    }
    impl<'a, T> IntoIterator for &'a mut [T] {
        type Item = &'a mut T;
        type IntoIter = IterMut<'a, T>;
    }
    impl<T: Clone> ToOwned for [T] {
        type Owned = Vec<T>;
    }

    use crate::borrow::ToOwned;
    use crate::clone::Clone;
    use crate::cmp::{Ord, Ordering, PartialEq};
    use crate::iter::{IntoIterator, Iterator};
    use crate::marker::{PhantomData, Send, Sync};
    use crate::option::Option;
    use crate::ptr::NonNull;
    use crate::result::Result;
    use crate::string::String;
    use crate::vec::Vec;
}

pub mod str {
    // Methods on the built-in `str` (String reaches them by Deref).
    impl str {
        pub const fn len(&self) -> usize;
        pub const fn is_empty(&self) -> bool;
        pub const fn as_bytes(&self) -> &[u8];
        pub fn chars(&self) -> Chars<'_>;
        pub fn bytes(&self) -> Bytes<'_>;
        pub fn lines(&self) -> Lines<'_>;
        pub fn split<P: Pattern>(&self, pat: P) -> Split<'_, P>;
        pub fn split_whitespace(&self) -> SplitWhitespace<'_>;
        pub fn trim(&self) -> &str;
        pub fn trim_start(&self) -> &str;
        pub fn trim_end(&self) -> &str;
        pub fn trim_matches<P: Pattern>(&self, pat: P) -> &str;
        pub fn trim_start_matches<P: Pattern>(&self, pat: P) -> &str;
        pub fn trim_end_matches<P: Pattern>(&self, pat: P) -> &str;
        pub fn strip_prefix<P: Pattern>(&self, prefix: P) -> Option<&str>;
        pub fn strip_suffix<P: Pattern>(&self, suffix: P) -> Option<&str>;
        pub fn split_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)>;
        pub fn rsplit_once<P: Pattern>(&self, delimiter: P) -> Option<(&str, &str)>;
        pub fn rfind<P: Pattern>(&self, pat: P) -> Option<usize>;
        pub fn split_at(&self, mid: usize) -> (&str, &str);
        pub fn is_char_boundary(&self, index: usize) -> bool;
        pub fn eq_ignore_ascii_case(&self, other: &str) -> bool;
        pub fn to_ascii_lowercase(&self) -> String;
        pub fn to_ascii_uppercase(&self) -> String;
        pub fn contains<P: Pattern>(&self, pat: P) -> bool;
        pub fn starts_with<P: Pattern>(&self, pat: P) -> bool;
        pub fn ends_with<P: Pattern>(&self, pat: P) -> bool;
        pub fn find<P: Pattern>(&self, pat: P) -> Option<usize>;
        pub fn replace<P: Pattern>(&self, from: P, to: &str) -> String;
        pub fn to_uppercase(&self) -> String;
        pub fn to_lowercase(&self) -> String;
        pub fn repeat(&self, n: usize) -> String;
        pub fn parse<F: FromStr>(&self) -> Result<F, F::Err>;
        pub fn into_string(self: Box<str>) -> String;
    }

    pub trait FromStr: Sized {
        type Err;
        fn from_str(s: &str) -> Result<Self, Self::Err>;
    }

    pub trait Pattern: Sized {}
    impl Pattern for char {}
    impl Pattern for &str {}
    impl Pattern for &String {}
    impl<F> Pattern for F where F: FnMut(char) -> bool {}

    #[derive(Clone)]
    pub struct Chars<'a> {
        iter: crate::slice::Iter<'a, u8>,
    }
    impl Iterator for Chars<'_> {
        type Item = char;
    }
    #[derive(Clone)]
    pub struct Bytes<'a>(crate::iter::Copied<crate::slice::Iter<'a, u8>>);
    impl Iterator for Bytes<'_> {
        type Item = u8;
    }
    // Abbreviated: the real searchers hold the pattern's searcher state.
    pub struct Split<'a, P: Pattern> {
        haystack: &'a str,
        position: usize,
        pattern: P,
    }
    impl<'a, P: Pattern> Iterator for Split<'a, P> {
        type Item = &'a str;
    }
    pub struct SplitWhitespace<'a> {
        haystack: &'a str,
    }
    impl<'a> Iterator for SplitWhitespace<'a> {
        type Item = &'a str;
    }
    pub struct Lines<'a> {
        haystack: &'a str,
    }

    #[derive(Copy, Eq, PartialEq, Clone, Debug)]
    pub struct Utf8Error {
        valid_up_to: usize,
        error_len: Option<u8>,
    }
    impl Display for Utf8Error {}
    impl<'a> Iterator for Lines<'a> {
        type Item = &'a str;
    }

    impl ToOwned for str {
        type Owned = String;
        fn to_owned(&self) -> String;
    }
    impl Display for str {}
    impl Debug for str {}
    impl PartialEq for str {}
    impl Eq for str {}
    impl Hash for str {}
    impl PartialOrd for str {}
    impl Ord for str {}

    use crate::borrow::ToOwned;
    use crate::boxed::Box;
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::fmt::{Debug, Display};
    use crate::hash::Hash;
    use crate::iter::Iterator;
    use crate::option::Option;
    use crate::result::Result;
    use crate::string::String;
}

pub mod string {
    // A String is a Vec<u8>: Send + Sync, dropped through the Vec.
    #[derive(PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct String {
        vec: Vec<u8>,
    }
    impl String {
        pub const fn new() -> String;
        pub fn with_capacity(capacity: usize) -> String;
        pub fn from_utf8(vec: Vec<u8>) -> Result<String, FromUtf8Error>;
        pub fn push_str(&mut self, string: &str);
        pub fn push(&mut self, ch: char);
        pub fn pop(&mut self) -> Option<char>;
        pub fn as_str(&self) -> &str;
        pub fn as_mut_str(&mut self) -> &mut str;
        pub fn len(&self) -> usize;
        pub fn is_empty(&self) -> bool;
        pub fn clear(&mut self);
        pub fn truncate(&mut self, new_len: usize);
        pub fn insert_str(&mut self, idx: usize, string: &str);
        pub fn into_bytes(self) -> Vec<u8>;
        pub fn into_boxed_str(self) -> Box<str>;
        pub fn capacity(&self) -> usize;
    }
    impl Deref for String {
        type Target = str;
        fn deref(&self) -> &str;
    }
    impl DerefMut for String {
        fn deref_mut(&mut self) -> &mut str;
    }
    impl Clone for String {
        fn clone(&self) -> String;
    }
    impl Default for String {}
    impl Debug for String {}
    impl Display for String {}
    impl From<&str> for String {
        fn from(s: &str) -> String;
    }
    impl From<&String> for String {}
    impl From<char> for String {}
    impl From<Box<str>> for String {}
    impl FromIterator<char> for String {}
    impl<'a> FromIterator<&'a str> for String {}
    impl FromIterator<String> for String {}
    impl Extend<char> for String {}
    impl Borrow<str> for String {}
    impl AsRef<str> for String {}
    impl AsRef<[u8]> for String {}
    impl FromStr for String {
        type Err = Infallible;
    }
    impl PartialEq<str> for String {}
    impl PartialEq<&str> for String {}

    pub trait ToString {
        fn to_string(&self) -> String;
    }
    impl<T: Display + ?Sized> ToString for T {
        fn to_string(&self) -> String;
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct FromUtf8Error {
        bytes: Vec<u8>,
        error: crate::str::Utf8Error,
    }
    impl Display for FromUtf8Error {}
    impl Error for FromUtf8Error {}

    use crate::borrow::Borrow;
    use crate::boxed::Box;
    use crate::clone::Clone;
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::convert::{AsRef, From, Infallible};
    use crate::default::Default;
    use crate::error::Error;
    use crate::fmt::{Debug, Display};
    use crate::hash::Hash;
    use crate::iter::{Extend, FromIterator};
    use crate::ops::{Deref, DerefMut};
    use crate::option::Option;
    use crate::result::Result;
    use crate::str::FromStr;
    use crate::vec::Vec;
}

// ---------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------

// hashbrown (a separate crate that std vendors; shown here as a private module).
// RawTable owns its buckets through a NonNull<u8>, so it states Send/Sync by
// hand over T = (K, V): rustc explains `HashMap<String, Rc<u8>>: !Send` with
// "required for `hashbrown::raw::RawTable<(String, Rc<u8>)>` to implement `Send`".
mod hashbrown {
    pub mod map {
        pub struct HashMap<K, V, S> {
            hash_builder: S,
            table: RawTable<(K, V)>,
        }
        // The iterators get their Send/Sync from PhantomData over the borrowed
        // pairs (RawIter itself is Send + Sync by hand).
        pub struct Iter<'a, K, V> {
            inner: RawIter<(K, V)>,
            marker: PhantomData<(&'a K, &'a V)>,
        }
        pub struct IterMut<'a, K, V> {
            inner: RawIter<(K, V)>,
            marker: PhantomData<(&'a K, &'a mut V)>,
        }
        pub struct IntoIter<K, V> {
            inner: RawIntoIter<(K, V)>,
        }
        use super::raw::{RawIntoIter, RawIter, RawTable};
        use crate::marker::PhantomData;
    }
    pub mod raw {
        pub struct RawTable<T> {
            table: RawTableInner,
            marker: PhantomData<T>,
        }
        unsafe impl<T: Send> Send for RawTable<T> {}
        unsafe impl<T: Sync> Sync for RawTable<T> {}
        impl<T> Drop for RawTable<T> {
            fn drop(&mut self);
        }
        struct RawTableInner {
            bucket_mask: usize,
            ctrl: NonNull<u8>,
            growth_left: usize,
            items: usize,
        }
        pub struct RawIter<T> {
            iter: RawIterRange<T>,
            items: usize,
        }
        struct RawIterRange<T> {
            data: Bucket<T>,
            next_ctrl: *const u8,
            end: *const u8,
        }
        unsafe impl<T> Send for RawIterRange<T> {}
        unsafe impl<T> Sync for RawIterRange<T> {}
        struct Bucket<T> {
            ptr: NonNull<T>,
        }
        pub struct RawIntoIter<T> {
            iter: RawIter<T>,
            marker: PhantomData<T>,
        }
        unsafe impl<T: Send> Send for RawIntoIter<T> {}
        unsafe impl<T: Sync> Sync for RawIntoIter<T> {}
        impl<T> Drop for RawIntoIter<T> {
            fn drop(&mut self);
        }
        use crate::marker::{PhantomData, Send, Sync};
        use crate::ops::Drop;
        use crate::ptr::NonNull;
    }
}

pub mod collections {
    pub use self::hash_map::HashMap;
    pub use self::hash_set::HashSet;
    pub use self::vec_deque::VecDeque;
    pub use self::btree_map::BTreeMap;
    pub use self::binary_heap::BinaryHeap;

    pub mod hash_map {
        pub use crate::hash::RandomState;

        // Structural over hashbrown's map (no impls of its own).
        pub struct HashMap<K, V, S = RandomState> {
            base: crate::hashbrown::map::HashMap<K, V, S>,
        }
        impl<K, V> HashMap<K, V, RandomState> {
            pub fn new() -> HashMap<K, V, RandomState>;
            pub fn with_capacity(capacity: usize) -> HashMap<K, V, RandomState>;
        }
        impl<K, V, S> HashMap<K, V, S> {
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
            pub fn iter(&self) -> Iter<'_, K, V>;
            pub fn iter_mut(&mut self) -> IterMut<'_, K, V>;
            pub fn keys(&self) -> Keys<'_, K, V>;
            pub fn values(&self) -> Values<'_, K, V>;
            pub fn values_mut(&mut self) -> ValuesMut<'_, K, V>;
            pub fn retain<F>(&mut self, f: F) where F: FnMut(&K, &mut V) -> bool;
        }
        impl<K: Eq + Hash, V, S: BuildHasher> HashMap<K, V, S> {
            pub fn insert(&mut self, k: K, v: V) -> Option<V>;
            pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V> where K: Borrow<Q>, Q: Hash + Eq;
            pub fn get_mut<Q: ?Sized>(&mut self, k: &Q) -> Option<&mut V> where K: Borrow<Q>, Q: Hash + Eq;
            pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool where K: Borrow<Q>, Q: Hash + Eq;
            pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V> where K: Borrow<Q>, Q: Hash + Eq;
            pub fn entry(&mut self, key: K) -> Entry<'_, K, V>;
        }
        impl<K: Clone, V: Clone, S: Clone> Clone for HashMap<K, V, S> {}
        impl<K, V, S: Default> Default for HashMap<K, V, S> {}
        impl<K: Debug, V: Debug, S> Debug for HashMap<K, V, S> {}
        impl<K: Eq + Hash, V, S: BuildHasher + Default> FromIterator<(K, V)> for HashMap<K, V, S> {}
        impl<K: Eq + Hash, V, S: BuildHasher> Extend<(K, V)> for HashMap<K, V, S> {}
        impl<K: Eq + Hash, V, const N: usize> From<[(K, V); N]> for HashMap<K, V, RandomState> {}
        impl<K, Q: ?Sized, V, S> Index<&Q> for HashMap<K, V, S> where K: Eq + Hash + Borrow<Q>, Q: Eq + Hash, S: BuildHasher {
            type Output = V;
        }
        impl<'a, K, V, S> IntoIterator for &'a HashMap<K, V, S> {
            type Item = (&'a K, &'a V);
            type IntoIter = Iter<'a, K, V>;
        }
        impl<'a, K, V, S> IntoIterator for &'a mut HashMap<K, V, S> {
            type Item = (&'a K, &'a mut V);
            type IntoIter = IterMut<'a, K, V>;
        }
        impl<K, V, S> IntoIterator for HashMap<K, V, S> {
            type Item = (K, V);
            type IntoIter = IntoIter<K, V>;
        }

        pub struct Iter<'a, K: 'a, V: 'a> {
            base: crate::hashbrown::map::Iter<'a, K, V>,
        }
        impl<'a, K, V> Iterator for Iter<'a, K, V> {
            type Item = (&'a K, &'a V);
        }
        pub struct IterMut<'a, K: 'a, V: 'a> {
            base: crate::hashbrown::map::IterMut<'a, K, V>,
        }
        impl<'a, K, V> Iterator for IterMut<'a, K, V> {
            type Item = (&'a K, &'a mut V);
        }
        pub struct IntoIter<K, V> {
            base: crate::hashbrown::map::IntoIter<K, V>,
        }
        impl<K, V> Iterator for IntoIter<K, V> {
            type Item = (K, V);
        }
        pub struct Keys<'a, K: 'a, V: 'a> {
            inner: Iter<'a, K, V>,
        }
        impl<'a, K, V> Iterator for Keys<'a, K, V> {
            type Item = &'a K;
        }
        pub struct Values<'a, K: 'a, V: 'a> {
            inner: Iter<'a, K, V>,
        }
        impl<'a, K, V> Iterator for Values<'a, K, V> {
            type Item = &'a V;
        }
        pub struct ValuesMut<'a, K: 'a, V: 'a> {
            inner: IterMut<'a, K, V>,
        }
        impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
            type Item = &'a mut V;
        }

        // Abbreviated: the real entries wrap hashbrown's RustcOccupiedEntry /
        // RustcVacantEntry (which hold a Bucket and `&mut RawTable`).
        pub enum Entry<'a, K: 'a, V: 'a> {
            Occupied(OccupiedEntry<'a, K, V>),
            Vacant(VacantEntry<'a, K, V>),
        }
        pub struct OccupiedEntry<'a, K: 'a, V: 'a> {
            key: Option<K>,
            elem: NonNull<(K, V)>,
            table: &'a mut crate::hashbrown::raw::RawTable<(K, V)>,
        }
        unsafe impl<K: Send, V: Send> Send for OccupiedEntry<'_, K, V> {}
        unsafe impl<K: Sync, V: Sync> Sync for OccupiedEntry<'_, K, V> {}
        pub struct VacantEntry<'a, K: 'a, V: 'a> {
            hash: u64,
            key: K,
            table: &'a mut crate::hashbrown::raw::RawTable<(K, V)>,
        }
        impl<'a, K, V> Entry<'a, K, V> {
            pub fn or_insert(self, default: V) -> &'a mut V;
            pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
            pub fn or_default(self) -> &'a mut V where V: Default;
            pub fn and_modify<F>(self, f: F) -> Entry<'a, K, V> where F: FnOnce(&mut V);
            pub fn key(&self) -> &K;
        }

        use crate::borrow::Borrow;
        use crate::clone::Clone;
        use crate::cmp::Eq;
        use crate::convert::From;
        use crate::default::Default;
        use crate::fmt::Debug;
        use crate::hash::{BuildHasher, Hash};
        use crate::iter::{Extend, FromIterator, IntoIterator, Iterator};
        use crate::marker::{Send, Sync};
        use crate::ops::Index;
        use crate::option::Option;
        use crate::ptr::NonNull;
    }

    pub mod hash_set {
        pub struct HashSet<T, S = RandomState> {
            base: crate::hashbrown::map::HashMap<T, (), S>,
        }
        impl<T> HashSet<T, RandomState> {
            pub fn new() -> HashSet<T, RandomState>;
            pub fn with_capacity(capacity: usize) -> HashSet<T, RandomState>;
        }
        impl<T, S> HashSet<T, S> {
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
            pub fn iter(&self) -> Iter<'_, T>;
        }
        impl<T: Eq + Hash, S: BuildHasher> HashSet<T, S> {
            pub fn insert(&mut self, value: T) -> bool;
            pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: Borrow<Q>, Q: Hash + Eq;
            pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: Borrow<Q>, Q: Hash + Eq;
        }
        impl<T: Clone, S: Clone> Clone for HashSet<T, S> {}
        impl<T, S: Default> Default for HashSet<T, S> {}
        impl<T: Debug, S> Debug for HashSet<T, S> {}
        impl<T: Eq + Hash, S: BuildHasher + Default> FromIterator<T> for HashSet<T, S> {}
        pub struct Iter<'a, K: 'a> {
            base: crate::hashbrown::map::Iter<'a, K, ()>,
        }
        impl<'a, K> Iterator for Iter<'a, K> {
            type Item = &'a K;
        }
        use crate::borrow::Borrow;
        use crate::clone::Clone;
        use crate::cmp::Eq;
        use crate::default::Default;
        use crate::fmt::Debug;
        use crate::hash::{BuildHasher, Hash, RandomState};
        use crate::iter::{FromIterator, Iterator};
    }

    pub mod vec_deque {
        // Structural over RawVec, like Vec.
        pub struct VecDeque<T> {
            head: usize,
            len: usize,
            buf: RawVec<T>,
        }
        impl<T> Drop for VecDeque<T> {
            fn drop(&mut self);
        }
        impl<T> VecDeque<T> {
            pub const fn new() -> VecDeque<T>;
            pub fn with_capacity(capacity: usize) -> VecDeque<T>;
            pub fn push_back(&mut self, value: T);
            pub fn push_front(&mut self, value: T);
            pub fn pop_back(&mut self) -> Option<T>;
            pub fn pop_front(&mut self) -> Option<T>;
            pub fn front(&self) -> Option<&T>;
            pub fn back(&self) -> Option<&T>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
            pub fn iter(&self) -> Iter<'_, T>;
        }
        impl<T: Clone> Clone for VecDeque<T> {}
        impl<T> Default for VecDeque<T> {}
        impl<T: Debug> Debug for VecDeque<T> {}
        impl<T> FromIterator<T> for VecDeque<T> {}
        pub struct Iter<'a, T: 'a> {
            i1: crate::slice::Iter<'a, T>,
            i2: crate::slice::Iter<'a, T>,
        }
        impl<'a, T> Iterator for Iter<'a, T> {
            type Item = &'a T;
        }
        use crate::clone::Clone;
        use crate::default::Default;
        use crate::fmt::Debug;
        use crate::iter::{FromIterator, Iterator};
        use crate::ops::Drop;
        use crate::option::Option;
        use crate::raw_vec::RawVec;
    }

    pub mod binary_heap {
        // A Vec underneath: structural.
        pub struct BinaryHeap<T> {
            data: Vec<T>,
        }
        impl<T: Ord> BinaryHeap<T> {
            pub const fn new() -> BinaryHeap<T>;
            pub fn push(&mut self, item: T);
            pub fn pop(&mut self) -> Option<T>;
            pub fn peek(&self) -> Option<&T>;
        }
        impl<T> BinaryHeap<T> {
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
        }
        impl<T: Clone> Clone for BinaryHeap<T> {}
        impl<T: Ord> Default for BinaryHeap<T> {}
        use crate::clone::Clone;
        use crate::cmp::Ord;
        use crate::default::Default;
        use crate::option::Option;
        use crate::vec::Vec;
    }

    pub mod btree_map {
        // The root is a NodeRef, whose Send/Sync impls depend on its borrow
        // marker; the owned root is Send when K and V are.
        pub struct BTreeMap<K, V> {
            root: Option<node::NodeRef<node::marker::Owned, K, V, node::marker::LeafOrInternal>>,
            length: usize,
            _marker: PhantomData<Box<(K, V)>>,
        }
        impl<K, V> Drop for BTreeMap<K, V> {
            fn drop(&mut self);
        }
        impl<K, V> BTreeMap<K, V> {
            pub const fn new() -> BTreeMap<K, V>;
            pub fn len(&self) -> usize;
            pub fn is_empty(&self) -> bool;
            pub fn clear(&mut self);
        }
        impl<K: Ord, V> BTreeMap<K, V> {
            pub fn insert(&mut self, key: K, value: V) -> Option<V>;
            pub fn get<Q: ?Sized>(&self, key: &Q) -> Option<&V> where K: Borrow<Q>, Q: Ord;
            pub fn get_mut<Q: ?Sized>(&mut self, key: &Q) -> Option<&mut V> where K: Borrow<Q>, Q: Ord;
            pub fn contains_key<Q: ?Sized>(&self, key: &Q) -> bool where K: Borrow<Q>, Q: Ord;
            pub fn remove<Q: ?Sized>(&mut self, key: &Q) -> Option<V> where K: Borrow<Q>, Q: Ord;
        }
        impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {}
        impl<K, V> Default for BTreeMap<K, V> {}
        impl<K: Debug, V: Debug> Debug for BTreeMap<K, V> {}
        impl<K: Ord, V> FromIterator<(K, V)> for BTreeMap<K, V> {}

        // alloc::collections::btree::node (private).
        mod node {
            pub struct NodeRef<BorrowType, K, V, Type> {
                height: usize,
                node: NonNull<LeafNode<K, V>>,
                _marker: PhantomData<(BorrowType, Type)>,
            }
            unsafe impl<BorrowType, K: Sync, V: Sync, Type> Sync for NodeRef<BorrowType, K, V, Type> {}
            unsafe impl<K: Send, V: Send, Type> Send for NodeRef<marker::Owned, K, V, Type> {}
            struct LeafNode<K, V> {
                len: u16,
                keys: [MaybeUninit<K>; 11],
                vals: [MaybeUninit<V>; 11],
            }
            pub mod marker {
                pub enum Owned {}
                pub enum LeafOrInternal {}
            }
            use crate::marker::{PhantomData, Send, Sync};
            use crate::mem::MaybeUninit;
            use crate::ptr::NonNull;
        }

        use crate::borrow::Borrow;
        use crate::boxed::Box;
        use crate::clone::Clone;
        use crate::cmp::Ord;
        use crate::default::Default;
        use crate::fmt::Debug;
        use crate::iter::FromIterator;
        use crate::marker::PhantomData;
        use crate::ops::Drop;
        use crate::option::Option;
    }
}

// ---------------------------------------------------------------------------
// Iterators
// ---------------------------------------------------------------------------

pub mod iter {
    pub trait Iterator {
        type Item;
        fn next(&mut self) -> Option<Self::Item>;
        fn size_hint(&self) -> (usize, Option<usize>);
        fn count(self) -> usize where Self: Sized;
        fn last(self) -> Option<Self::Item> where Self: Sized;
        fn nth(&mut self, n: usize) -> Option<Self::Item>;
        fn map<B, F>(self, f: F) -> Map<Self, F> where Self: Sized, F: FnMut(Self::Item) -> B;
        fn filter<P>(self, predicate: P) -> Filter<Self, P> where Self: Sized, P: FnMut(&Self::Item) -> bool;
        fn filter_map<B, F>(self, f: F) -> FilterMap<Self, F> where Self: Sized, F: FnMut(Self::Item) -> Option<B>;
        fn enumerate(self) -> Enumerate<Self> where Self: Sized;
        fn zip<U>(self, other: U) -> Zip<Self, U::IntoIter> where Self: Sized, U: IntoIterator;
        fn chain<U>(self, other: U) -> Chain<Self, U::IntoIter> where Self: Sized, U: IntoIterator<Item = Self::Item>;
        fn take(self, n: usize) -> Take<Self> where Self: Sized;
        fn skip(self, n: usize) -> Skip<Self> where Self: Sized;
        fn rev(self) -> Rev<Self> where Self: Sized;
        fn cloned<'a, T: 'a + Clone>(self) -> Cloned<Self> where Self: Sized + Iterator<Item = &'a T>;
        fn copied<'a, T: 'a + Copy>(self) -> Copied<Self> where Self: Sized + Iterator<Item = &'a T>;
        fn peekable(self) -> Peekable<Self> where Self: Sized;
        fn for_each<F>(self, f: F) where Self: Sized, F: FnMut(Self::Item);
        fn collect<B: FromIterator<Self::Item>>(self) -> B where Self: Sized;
        fn fold<B, F>(self, init: B, f: F) -> B where Self: Sized, F: FnMut(B, Self::Item) -> B;
        fn sum<S>(self) -> S where Self: Sized, S: Sum<Self::Item>;
        fn any<F>(&mut self, f: F) -> bool where Self: Sized, F: FnMut(Self::Item) -> bool;
        fn all<F>(&mut self, f: F) -> bool where Self: Sized, F: FnMut(Self::Item) -> bool;
        fn find<P>(&mut self, predicate: P) -> Option<Self::Item> where Self: Sized, P: FnMut(&Self::Item) -> bool;
        fn position<P>(&mut self, predicate: P) -> Option<usize> where Self: Sized, P: FnMut(Self::Item) -> bool;
        fn max(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
        fn min(self) -> Option<Self::Item> where Self: Sized, Self::Item: Ord;
        fn max_by_key<B: Ord, F>(self, f: F) -> Option<Self::Item> where Self: Sized, F: FnMut(&Self::Item) -> B;
        fn min_by_key<B: Ord, F>(self, f: F) -> Option<Self::Item> where Self: Sized, F: FnMut(&Self::Item) -> B;
        fn max_by<F>(self, compare: F) -> Option<Self::Item> where Self: Sized, F: FnMut(&Self::Item, &Self::Item) -> crate::cmp::Ordering;
        fn min_by<F>(self, compare: F) -> Option<Self::Item> where Self: Sized, F: FnMut(&Self::Item, &Self::Item) -> crate::cmp::Ordering;
        fn reduce<F>(self, f: F) -> Option<Self::Item> where Self: Sized, F: FnMut(Self::Item, Self::Item) -> Self::Item;
    }

    pub trait IntoIterator {
        type Item;
        type IntoIter: Iterator<Item = Self::Item>;
        fn into_iter(self) -> Self::IntoIter;
    }
    impl<I: Iterator> IntoIterator for I {
        type Item = I::Item;
        type IntoIter = I;
        fn into_iter(self) -> I;
    }

    pub trait FromIterator<A>: Sized {
        fn from_iter<T: IntoIterator<Item = A>>(iter: T) -> Self;
    }
    pub trait Extend<A> {
        fn extend<T: IntoIterator<Item = A>>(&mut self, iter: T);
    }
    pub trait Sum<A = Self>: Sized {}
    pub trait DoubleEndedIterator: Iterator {
        fn next_back(&mut self) -> Option<Self::Item>;
    }
    pub trait ExactSizeIterator: Iterator {
        fn len(&self) -> usize;
    }

    impl<A, E, V: FromIterator<A>> FromIterator<Result<A, E>> for Result<V, E> {}
    impl<A, V: FromIterator<A>> FromIterator<Option<A>> for Option<V> {}
    impl FromIterator<()> for () {}
    impl<I: Iterator + ?Sized> Iterator for &mut I {
        type Item = I::Item;
    }

    // Adapters: plain structs over the inner iterator and the closure, so a
    // closure that captures an Rc makes the adapter !Send.
    #[derive(Clone)]
    pub struct Map<I, F> {
        iter: I,
        f: F,
    }
    impl<B, I: Iterator, F> Iterator for Map<I, F> where F: FnMut(I::Item) -> B {
        type Item = B;
    }
    #[derive(Clone)]
    pub struct Filter<I, P> {
        iter: I,
        predicate: P,
    }
    impl<I: Iterator, P> Iterator for Filter<I, P> where P: FnMut(&I::Item) -> bool {
        type Item = I::Item;
    }
    #[derive(Clone)]
    pub struct FilterMap<I, F> {
        iter: I,
        f: F,
    }
    impl<B, I: Iterator, F> Iterator for FilterMap<I, F> where F: FnMut(I::Item) -> Option<B> {
        type Item = B;
    }
    #[derive(Clone)]
    pub struct Enumerate<I> {
        iter: I,
        count: usize,
    }
    impl<I: Iterator> Iterator for Enumerate<I> {
        type Item = (usize, I::Item);
    }
    #[derive(Clone)]
    pub struct Zip<A, B> {
        a: A,
        b: B,
        index: usize,
        len: usize,
    }
    impl<A: Iterator, B: Iterator> Iterator for Zip<A, B> {
        type Item = (A::Item, B::Item);
    }
    #[derive(Clone)]
    pub struct Chain<A, B> {
        a: Option<A>,
        b: Option<B>,
    }
    impl<A: Iterator, B: Iterator<Item = A::Item>> Iterator for Chain<A, B> {
        type Item = A::Item;
    }
    #[derive(Clone)]
    pub struct Take<I> {
        iter: I,
        n: usize,
    }
    impl<I: Iterator> Iterator for Take<I> {
        type Item = I::Item;
    }
    #[derive(Clone)]
    pub struct Skip<I> {
        iter: I,
        n: usize,
    }
    impl<I: Iterator> Iterator for Skip<I> {
        type Item = I::Item;
    }
    #[derive(Clone)]
    pub struct Rev<T> {
        iter: T,
    }
    impl<I: Iterator> Iterator for Rev<I> {
        type Item = I::Item;
    }
    #[derive(Clone)]
    pub struct Cloned<I> {
        it: I,
    }
    impl<'a, I: Iterator<Item = &'a T>, T: 'a + Clone> Iterator for Cloned<I> {
        type Item = T;
    }
    #[derive(Clone)]
    pub struct Copied<I> {
        it: I,
    }
    impl<'a, I: Iterator<Item = &'a T>, T: 'a + Copy> Iterator for Copied<I> {
        type Item = T;
    }
    pub struct Peekable<I: Iterator> {
        iter: I,
        peeked: Option<Option<I::Item>>,
    }
    impl<I: Iterator> Iterator for Peekable<I> {
        type Item = I::Item;
    }
    impl<I: Iterator> Peekable<I> {
        pub fn peek(&mut self) -> Option<&I::Item>;
    }

    // Ranges iterate over integers (Step is implemented for every integer type
    // and char).
    pub trait Step: Clone + PartialOrd + Sized {}
    impl Step for i8 {}
    impl Step for i16 {}
    impl Step for i32 {}
    impl Step for i64 {}
    impl Step for isize {}
    impl Step for u8 {}
    impl Step for u16 {}
    impl Step for u32 {}
    impl Step for u64 {}
    impl Step for usize {}
    impl Step for char {}
    impl<A: Step> Iterator for Range<A> {
        type Item = A;
    }
    impl<A: Step> Iterator for RangeInclusive<A> {
        type Item = A;
    }
    impl<A: Step> Iterator for RangeFrom<A> {
        type Item = A;
    }

    pub fn repeat<T: Clone>(elt: T) -> Repeat<T>;
    #[derive(Clone)]
    pub struct Repeat<A> {
        element: A,
    }
    impl<A: Clone> Iterator for Repeat<A> {
        type Item = A;
    }

    use crate::clone::Clone;
    use crate::cmp::{Ord, PartialOrd};
    use crate::marker::Copy;
    use crate::ops::{Range, RangeFrom, RangeInclusive};
    use crate::option::Option;
    use crate::result::Result;
}

// ---------------------------------------------------------------------------
// Futures, tasks, pinning
// ---------------------------------------------------------------------------

pub mod future {
    // An `async fn` returns an anonymous type implementing this; `.await` calls
    // IntoFuture::into_future on its operand, then polls.
    #[lang = "future_trait"]
    pub trait Future {
        type Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    pub trait IntoFuture {
        type Output;
        type IntoFuture: Future<Output = Self::Output>;
        fn into_future(self) -> Self::IntoFuture;
    }
    impl<F: Future> IntoFuture for F {
        type Output = F::Output;
        type IntoFuture = F;
        fn into_future(self) -> F;
    }

    impl<F: ?Sized + Future + Unpin> Future for &mut F {
        type Output = F::Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }
    impl<P> Future for Pin<P> where P: DerefMut, P::Target: Future {
        type Output = <<P as Deref>::Target as Future>::Output;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output>;
    }

    // std::future::ready(v): an Unpin future holding Option<T>.
    pub fn ready<T>(t: T) -> Ready<T>;
    #[derive(Debug, Clone)]
    pub struct Ready<T>(Option<T>);
    impl<T> Unpin for Ready<T> {}
    impl<T> Future for Ready<T> {
        type Output = T;
        fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<T>;
    }
    impl<T> Ready<T> {
        pub fn into_inner(self) -> T;
    }

    pub fn pending<T>() -> Pending<T>;
    pub struct Pending<T> {
        _data: PhantomData<fn() -> T>,
    }
    impl<T> Future for Pending<T> {
        type Output = T;
        fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<T>;
    }

    pub fn poll_fn<T, F>(f: F) -> PollFn<F> where F: FnMut(&mut Context<'_>) -> Poll<T>;
    pub struct PollFn<F> {
        f: F,
    }
    impl<T, F> Future for PollFn<F> where F: FnMut(&mut Context<'_>) -> Poll<T> {
        type Output = T;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T>;
    }

    use crate::marker::{PhantomData, Unpin};
    use crate::ops::{Deref, DerefMut};
    use crate::option::Option;
    use crate::pin::Pin;
    use crate::task::{Context, Poll};
}

pub mod task {
    #[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
    pub enum Poll<T> {
        Ready(T),
        Pending,
    }
    impl<T> Poll<T> {
        pub fn is_ready(&self) -> bool;
        pub fn is_pending(&self) -> bool;
        pub fn map<U, F>(self, f: F) -> Poll<U> where F: FnOnce(T) -> U;
    }

    // Waker is Send + Sync by hand (its RawWaker is two raw pointers).
    pub struct Waker {
        waker: RawWaker,
    }
    unsafe impl Send for Waker {}
    unsafe impl Sync for Waker {}
    impl Waker {
        pub fn wake(self);
        pub fn wake_by_ref(&self);
        pub fn will_wake(&self, other: &Waker) -> bool;
        pub fn noop() -> &'static Waker;
    }
    impl Clone for Waker {}
    impl Drop for Waker {
        fn drop(&mut self);
    }
    impl Unpin for Waker {}

    pub struct RawWaker {
        data: *const (),
        vtable: &'static RawWakerVTable,
    }
    pub struct RawWakerVTable {
        clone: unsafe fn(*const ()) -> RawWaker,
        wake: unsafe fn(*const ()),
        wake_by_ref: unsafe fn(*const ()),
        drop: unsafe fn(*const ()),
    }

    // LocalWaker (unstable) opts out of both auto traits by hand.
    pub struct LocalWaker {
        waker: RawWaker,
    }
    impl !Send for LocalWaker {}
    impl !Sync for LocalWaker {}

    // Context is neither Send nor Sync: rustc names `*mut ()` (the marker),
    // `LocalWaker` (through `&LocalWaker`) and `dyn Any` (through ExtData).
    pub struct Context<'a> {
        waker: &'a Waker,
        local_waker: &'a LocalWaker,
        ext: AssertUnwindSafe<ExtData<'a>>,
        _marker: PhantomData<fn(&'a ()) -> &'a ()>,
        _marker2: PhantomData<*mut ()>,
    }
    enum ExtData<'a> {
        Some(&'a mut dyn Any),
        None(()),
    }
    impl<'a> Context<'a> {
        pub const fn from_waker(waker: &'a Waker) -> Context<'a>;
        pub const fn waker(&self) -> &'a Waker;
    }

    use crate::any::Any;
    use crate::clone::Clone;
    use crate::marker::{PhantomData, Send, Sync, Unpin};
    use crate::ops::Drop;
    use crate::panic::AssertUnwindSafe;
}

pub mod panic {
    // Structural over T; only asserts unwind safety.
    pub struct AssertUnwindSafe<T>(pub T);
    impl<T> Deref for AssertUnwindSafe<T> {
        type Target = T;
        fn deref(&self) -> &T;
    }
    impl<T> DerefMut for AssertUnwindSafe<T> {
        fn deref_mut(&mut self) -> &mut T;
    }
    use crate::ops::{Deref, DerefMut};
}

pub mod pin {
    // Pin<Ptr> is structural: Pin<Box<dyn Future + Send>> is Send,
    // Pin<Box<dyn Future>> is not (leaf `dyn Future<Output = T>`).
    #[lang = "pin"]
    #[derive(Copy, Clone)]
    #[repr(transparent)]
    pub struct Pin<Ptr> {
        pointer: Ptr,
    }
    impl<Ptr: Deref> Pin<Ptr> {
        pub fn new(pointer: Ptr) -> Pin<Ptr> where Ptr::Target: Unpin;
        pub unsafe fn new_unchecked(pointer: Ptr) -> Pin<Ptr>;
        pub fn as_ref(&self) -> Pin<&Ptr::Target>;
        pub fn into_inner(pin: Pin<Ptr>) -> Ptr where Ptr::Target: Unpin;
    }
    impl<Ptr: DerefMut> Pin<Ptr> {
        pub fn as_mut(&mut self) -> Pin<&mut Ptr::Target>;
        pub fn set(&mut self, value: Ptr::Target) where Ptr::Target: Sized;
    }
    impl<'a, T: ?Sized> Pin<&'a mut T> {
        pub fn get_mut(self) -> &'a mut T where T: Unpin;
        pub unsafe fn get_unchecked_mut(self) -> &'a mut T;
    }
    impl<Ptr: Deref> Deref for Pin<Ptr> {
        type Target = Ptr::Target;
        fn deref(&self) -> &Ptr::Target;
    }
    impl<Ptr: DerefMut> DerefMut for Pin<Ptr> where Ptr::Target: Unpin {
        fn deref_mut(&mut self) -> &mut Ptr::Target;
    }

    use crate::marker::Unpin;
    use crate::ops::{Deref, DerefMut};
}

// ---------------------------------------------------------------------------
// Errors, io, numbers
// ---------------------------------------------------------------------------

pub mod error {
    // `dyn Error` carries no auto traits: Box<dyn Error> is neither Send nor Sync,
    // Box<dyn Error + Send + Sync> is both. `?` converts any `E: Error` into
    // either through the From impls below.
    pub trait Error: Debug + Display {
        fn source(&self) -> Option<&(dyn Error + 'static)>;
        fn description(&self) -> &str;
    }

    impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {
        fn from(err: E) -> Box<dyn Error + 'a>;
    }
    impl<'a, E: Error + Send + Sync + 'a> From<E> for Box<dyn Error + Send + Sync + 'a> {
        fn from(err: E) -> Box<dyn Error + Send + Sync + 'a>;
    }
    impl<'a> From<String> for Box<dyn Error + Send + Sync + 'a> {}
    impl<'a> From<String> for Box<dyn Error + 'a> {}
    impl<'a> From<&str> for Box<dyn Error + Send + Sync + 'a> {}
    impl<'a> From<&str> for Box<dyn Error + 'a> {}
    impl<T: Error + ?Sized> Error for Box<T> {}
    impl<'a, T: Error + ?Sized> Error for &'a T {}
    impl<T: Error + ?Sized> Error for Arc<T> {}
    impl Error for crate::fmt::Error {}
    impl Error for crate::str::Utf8Error {}

    use crate::boxed::Box;
    use crate::convert::From;
    use crate::fmt::{Debug, Display};
    use crate::marker::{Send, Sync};
    use crate::option::Option;
    use crate::string::String;
    use crate::sync::Arc;
}

pub mod io {
    pub type Result<T> = crate::result::Result<T, Error>;

    // io::Error packs its representation into one tagged pointer; the Repr says
    // Send + Sync by hand, so io::Error is Send + Sync.
    pub struct Error {
        repr: Repr,
    }
    struct Repr(NonNull<()>, PhantomData<ErrorData<Box<Custom>>>);
    unsafe impl Send for Repr {}
    unsafe impl Sync for Repr {}
    impl Drop for Repr {
        fn drop(&mut self);
    }
    enum ErrorData<C> {
        Os(i32),
        Simple(ErrorKind),
        SimpleMessage(&'static SimpleMessage),
        Custom(C),
    }
    struct SimpleMessage {
        kind: ErrorKind,
        message: &'static str,
    }
    struct Custom {
        kind: ErrorKind,
        error: Box<dyn crate::error::Error + Send + Sync>,
    }
    impl Error {
        pub fn new<E>(kind: ErrorKind, error: E) -> Error where E: Into<Box<dyn crate::error::Error + Send + Sync>>;
        pub fn other<E>(error: E) -> Error where E: Into<Box<dyn crate::error::Error + Send + Sync>>;
        pub fn last_os_error() -> Error;
        pub fn kind(&self) -> ErrorKind;
    }
    impl Debug for Error {}
    impl Display for Error {}
    impl crate::error::Error for Error {}
    impl From<ErrorKind> for Error {}

    #[derive(Clone, Copy, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
    pub enum ErrorKind {
        NotFound,
        PermissionDenied,
        ConnectionRefused,
        ConnectionReset,
        BrokenPipe,
        AlreadyExists,
        WouldBlock,
        InvalidInput,
        InvalidData,
        TimedOut,
        Interrupted,
        UnexpectedEof,
        Other,
    }

    // library/std/src/io/mod.rs
    #[derive(Copy, Clone, PartialEq, Eq, Debug)]
    pub enum SeekFrom {
        Start(u64),
        End(i64),
        Current(i64),
    }

    // library/std/src/io/stdio.rs: a handle to one of the process's global streams is a
    // `&'static` reference to its lock (Stdout: ReentrantLock<RefCell<LineWriter<StdoutRaw>>>,
    // Stderr: ReentrantLock<RefCell<StderrRaw>>, Stdin: Mutex<BufReader<StdinRaw>>),
    // abbreviated: the reference is the whole layout, and each lock is Sync over Send
    // contents, so each handle is Send and Sync.
    #[derive(Debug)]
    pub struct Stdout {
        inner: &'static GlobalStream,
    }
    #[derive(Debug)]
    pub struct Stderr {
        inner: &'static GlobalStream,
    }
    #[derive(Debug)]
    pub struct Stdin {
        inner: &'static GlobalStream,
    }
    struct GlobalStream(u8);
    pub fn stdout() -> Stdout;
    pub fn stderr() -> Stderr;
    pub fn stdin() -> Stdin;

    // library/std/src/io/cursor.rs
    #[derive(Debug, Default, Eq, PartialEq)]
    pub struct Cursor<T> {
        inner: T,
        pos: u64,
    }
    impl<T> Cursor<T> {
        pub const fn new(inner: T) -> Cursor<T>;
        pub fn into_inner(self) -> T;
        pub const fn get_ref(&self) -> &T;
        pub const fn position(&self) -> u64;
    }

    use crate::boxed::Box;
    use crate::convert::{From, Into};
    use crate::fmt::{Debug, Display};
    use crate::marker::{PhantomData, Send, Sync};
    use crate::ops::Drop;
    use crate::ptr::NonNull;
}

pub mod num {
    // An integer that is never zero. In 1.95 the field is `T::NonZeroInner` (e.g.
    // core::num::niche_types::NonZeroU32Inner, valid from 1): spelled as T here, the
    // layout knows the niche by the name NonZero (types/TypeLayout.cpp).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub struct NonZero<T>(T);
    impl<T> NonZero<T> {
        pub const fn new(n: T) -> Option<NonZero<T>>;
        pub const fn get(self) -> T;
    }
    pub type NonZeroU8 = NonZero<u8>;
    pub type NonZeroU16 = NonZero<u16>;
    pub type NonZeroU32 = NonZero<u32>;
    pub type NonZeroU64 = NonZero<u64>;
    pub type NonZeroUsize = NonZero<usize>;
    pub type NonZeroI32 = NonZero<i32>;
    pub type NonZeroI64 = NonZero<i64>;
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ParseIntError {
        kind: IntErrorKind,
    }
    #[derive(Debug, Clone, PartialEq, Eq, Copy, Hash)]
    pub enum IntErrorKind {
        Empty,
        InvalidDigit,
        PosOverflow,
        NegOverflow,
        Zero,
    }
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct ParseFloatError {
        kind: FloatErrorKind,
    }
    #[derive(Debug, Clone, PartialEq, Eq)]
    enum FloatErrorKind {
        Empty,
        Invalid,
    }
    impl Display for ParseIntError {}
    impl Error for ParseIntError {}
    impl Display for ParseFloatError {}
    impl Error for ParseFloatError {}

    impl FromStr for i32 {
        type Err = ParseIntError;
    }
    impl FromStr for i64 {
        type Err = ParseIntError;
    }
    impl FromStr for u8 {
        type Err = ParseIntError;
    }
    impl FromStr for u16 {
        type Err = ParseIntError;
    }
    impl FromStr for u32 {
        type Err = ParseIntError;
    }
    impl FromStr for u64 {
        type Err = ParseIntError;
    }
    impl FromStr for usize {
        type Err = ParseIntError;
    }
    impl FromStr for f64 {
        type Err = ParseFloatError;
    }

    use crate::error::Error;
    use crate::fmt::Display;
    use crate::str::FromStr;
}

// ---------------------------------------------------------------------------
// Time and threads
// ---------------------------------------------------------------------------

pub mod time {
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Debug)]
    pub struct Duration {
        secs: u64,
        nanos: Nanoseconds,
    }
    // core::num::niche_types::Nanoseconds in 1.95 (a u32 below 1e9).
    #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Debug)]
    pub(crate) struct Nanoseconds(u32);

    impl Duration {
        pub const ZERO: Duration;
        pub const MAX: Duration;
        pub const fn new(secs: u64, nanos: u32) -> Duration;
        pub const fn from_secs(secs: u64) -> Duration;
        pub const fn from_millis(millis: u64) -> Duration;
        pub const fn from_micros(micros: u64) -> Duration;
        pub const fn from_nanos(nanos: u64) -> Duration;
        pub fn from_secs_f64(secs: f64) -> Duration;
        pub const fn as_secs(&self) -> u64;
        pub const fn as_millis(&self) -> u128;
        pub const fn as_micros(&self) -> u128;
        pub const fn as_nanos(&self) -> u128;
        pub fn as_secs_f64(&self) -> f64;
        pub const fn subsec_millis(&self) -> u32;
        pub const fn is_zero(&self) -> bool;
        pub fn checked_add(self, rhs: Duration) -> Option<Duration>;
        pub fn saturating_sub(self, rhs: Duration) -> Duration;
    }

    #[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
    pub struct Instant(crate::sys::time::Timespec);
    impl Instant {
        pub fn now() -> Instant;
        pub fn elapsed(&self) -> Duration;
        pub fn duration_since(&self, earlier: Instant) -> Duration;
        pub fn checked_add(&self, duration: Duration) -> Option<Instant>;
    }

    #[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
    pub struct SystemTime(crate::sys::time::Timespec);
    impl SystemTime {
        pub const UNIX_EPOCH: SystemTime;
        pub fn now() -> SystemTime;
        pub fn elapsed(&self) -> Result<Duration, SystemTimeError>;
        pub fn duration_since(&self, earlier: SystemTime) -> Result<Duration, SystemTimeError>;
        pub fn checked_add(&self, duration: Duration) -> Option<SystemTime>;
    }
    pub const UNIX_EPOCH: SystemTime;
    #[derive(Clone, Debug)]
    pub struct SystemTimeError(Duration);
    impl Display for SystemTimeError {}
    impl Error for SystemTimeError {}

    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::error::Error;
    use crate::fmt::Display;
    use crate::option::Option;
    use crate::result::Result;
}

pub mod thread {
    // std::thread::spawn demands the same as tokio::spawn, for a closure:
    // F and its return value must be Send + 'static.
    pub fn spawn<F, T>(f: F) -> JoinHandle<T> where F: FnOnce() -> T + Send + 'static, T: Send + 'static;
    pub fn sleep(dur: Duration);
    pub fn yield_now();
    pub fn current() -> Thread;
    pub fn scope<'env, F, T>(f: F) -> T where F: for<'scope> FnOnce(&'scope Scope<'scope, 'env>) -> T;

    pub type Result<T> = crate::result::Result<T, Box<dyn Any + Send + 'static>>;

    // JoinHandle<T> is Send + Sync for every T (explicit impls, no bounds).
    pub struct JoinHandle<T>(JoinInner<'static, T>);
    unsafe impl<T> Send for JoinHandle<T> {}
    unsafe impl<T> Sync for JoinHandle<T> {}
    impl<T> JoinHandle<T> {
        pub fn join(self) -> Result<T>;
        pub fn thread(&self) -> &Thread;
        pub fn is_finished(&self) -> bool;
    }
    struct JoinInner<'scope, T> {
        native: NativeThread,
        thread: Thread,
        packet: Arc<Packet<'scope, T>>,
    }
    struct NativeThread {
        id: u64,
    }
    struct Packet<'scope, T> {
        scope: Option<Arc<ScopeData>>,
        result: UnsafeCell<Option<Result<T>>>,
        _marker: PhantomData<Option<&'scope ScopeData>>,
    }
    unsafe impl<'scope, T: Send> Sync for Packet<'scope, T> {}
    struct ScopeData {
        num_running_threads: AtomicUsize,
        a_thread_panicked: AtomicBool,
    }

    #[derive(Clone, Debug)]
    pub struct Thread {
        inner: Pin<Arc<Inner>>,
    }
    #[derive(Debug)]
    struct Inner {
        id: ThreadId,
    }
    #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
    pub struct ThreadId(u64);
    impl Thread {
        pub fn id(&self) -> ThreadId;
        pub fn name(&self) -> Option<&str>;
    }

    pub struct Scope<'scope, 'env: 'scope> {
        data: Arc<ScopeData>,
        scope: PhantomData<&'scope mut &'scope ()>,
        env: PhantomData<&'env mut &'env ()>,
    }

    // What thread_local! declares. A LocalKey is a 'static handle; `with` lends
    // the value for the duration of the closure only.
    pub struct LocalKey<T: 'static> {
        inner: fn(Option<&mut Option<T>>) -> *const T,
    }
    impl<T: 'static> LocalKey<T> {
        pub fn with<F, R>(&'static self, f: F) -> R where F: FnOnce(&T) -> R;
    }

    use crate::any::Any;
    use crate::boxed::Box;
    use crate::cell::UnsafeCell;
    use crate::marker::{PhantomData, Send, Sync};
    use crate::option::Option;
    use crate::pin::Pin;
    use crate::sync::atomic::{AtomicBool, AtomicUsize};
    use crate::sync::Arc;
    use crate::time::Duration;
}

pub mod path {
    // A path is an OsStr / OsString (library/std/src/path.rs).
    pub struct Path {
        inner: OsStr,
    }
    #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
    pub struct PathBuf {
        inner: OsString,
    }
    pub struct Display<'a> {
        path: &'a Path,
    }
    impl Path {
        pub fn new<S: AsRef<OsStr> + ?Sized>(s: &S) -> &Path;
        pub fn to_path_buf(&self) -> PathBuf;
        pub fn display(&self) -> Display<'_>;
        pub fn join<P: AsRef<Path>>(&self, path: P) -> PathBuf;
        pub fn parent(&self) -> Option<&Path>;
        pub fn file_name(&self) -> Option<&OsStr>;
        pub fn exists(&self) -> bool;
        pub fn is_file(&self) -> bool;
        pub fn is_dir(&self) -> bool;
        pub fn as_os_str(&self) -> &OsStr;
        pub fn to_str(&self) -> Option<&str>;
    }
    impl PathBuf {
        pub fn new() -> PathBuf;
        pub fn as_path(&self) -> &Path;
        pub fn push<P: AsRef<Path>>(&mut self, path: P);
        pub fn pop(&mut self) -> bool;
        pub fn into_os_string(self) -> OsString;
    }
    impl Deref for PathBuf {
        type Target = Path;
        fn deref(&self) -> &Path;
    }
    impl Debug for Path {}
    impl Debug for PathBuf {}
    impl Display<'_> {}
    impl crate::fmt::Display for Display<'_> {}
    impl AsRef<Path> for Path {}
    impl AsRef<Path> for PathBuf {}
    impl AsRef<Path> for str {}
    impl AsRef<Path> for String {}
    impl AsRef<Path> for OsStr {}
    impl AsRef<Path> for OsString {}
    impl From<String> for PathBuf {}
    impl From<&str> for PathBuf {}
    impl From<OsString> for PathBuf {}
    impl Borrow<Path> for PathBuf {}
    impl crate::borrow::ToOwned for Path {
        type Owned = PathBuf;
        fn to_owned(&self) -> PathBuf;
    }
    use crate::borrow::Borrow;
    use crate::convert::{AsRef, From};
    use crate::ffi::{OsStr, OsString};
    use crate::fmt::Debug;
    use crate::ops::Deref;
    use crate::string::String;
}

pub mod os {
    pub mod unix {
        pub mod io {
            pub use crate::os::fd::{AsRawFd, FromRawFd, IntoRawFd, OwnedFd, RawFd};
        }
        pub mod net {
            // library/std/src/os/unix/net/{stream,listener}.rs: a socket, i.e. one owned
            // descriptor (Socket(FileDesc(OwnedFd)) abbreviated).
            pub struct UnixStream {
                inner: crate::os::fd::OwnedFd,
            }
            pub struct UnixListener {
                inner: crate::os::fd::OwnedFd,
            }
            pub struct UnixDatagram {
                inner: crate::os::fd::OwnedFd,
            }
            // library/std/src/os/unix/net/addr.rs: the C address and its length.
            pub struct SocketAddr {
                addr: sockaddr_un,
                len: u32,
            }
            // libc's sockaddr_un on Linux: sa_family_t and a 108-byte path.
            struct sockaddr_un {
                sun_family: u16,
                sun_path: [i8; 108],
            }
            impl UnixStream {
                pub fn connect<P: AsRef<crate::path::Path>>(path: P) -> crate::io::Result<UnixStream>;
            }
            impl UnixListener {
                pub fn bind<P: AsRef<crate::path::Path>>(path: P) -> crate::io::Result<UnixListener>;
            }
            impl UnixDatagram {
                pub fn bind<P: AsRef<crate::path::Path>>(path: P) -> crate::io::Result<UnixDatagram>;
                pub fn unbound() -> crate::io::Result<UnixDatagram>;
                pub fn recv_from(&self, buf: &mut [u8]) -> crate::io::Result<(usize, SocketAddr)>;
                pub fn recv(&self, buf: &mut [u8]) -> crate::io::Result<usize>;
                pub fn send(&self, buf: &[u8]) -> crate::io::Result<usize>;
                pub fn send_to<P: AsRef<crate::path::Path>>(&self, buf: &[u8], path: P) -> crate::io::Result<usize>;
            }
            impl UnixListener {
                pub fn accept(&self) -> crate::io::Result<(UnixStream, SocketAddr)>;
            }
            impl crate::fmt::Debug for UnixDatagram {}
            impl crate::fmt::Debug for SocketAddr {}
            impl Clone for SocketAddr {}
            impl crate::fmt::Debug for UnixStream {}
            impl crate::fmt::Debug for UnixListener {}
        }
    }
    pub mod fd {
        pub type RawFd = i32;
        pub trait AsRawFd {
            fn as_raw_fd(&self) -> RawFd;
        }
        pub trait FromRawFd {
            unsafe fn from_raw_fd(fd: RawFd) -> Self;
        }
        pub trait IntoRawFd {
            fn into_raw_fd(self) -> RawFd;
        }
        impl AsRawFd for OwnedFd {}
        impl AsRawFd for crate::fs::File {}
        impl AsRawFd for crate::net::TcpStream {}
        impl AsRawFd for crate::net::TcpListener {}
        impl AsRawFd for crate::net::UdpSocket {}
        impl AsRawFd for crate::os::unix::net::UnixStream {}
        impl AsRawFd for crate::os::unix::net::UnixListener {}
        impl AsRawFd for crate::os::unix::net::UnixDatagram {}
        // An owned file descriptor closes it on drop. Its field is valid in
        // 0..=0xFFFF_FFFE (-1 is never an open descriptor): a niche, named ValidRawFd
        // as library/std/src/os/fd/owned.rs does (types/TypeLayout.cpp knows it).
        pub struct OwnedFd {
            fd: ValidRawFd,
        }
        pub struct ValidRawFd(i32);
        impl Drop for OwnedFd {
            fn drop(&mut self);
        }
        impl Debug for OwnedFd {}
        use crate::fmt::Debug;
        use crate::ops::Drop;
    }
}

pub mod fs {
    // `File::try_lock`'s error (1.89): its name makes `std::sync::TryLockError` print in full.
    pub enum TryLockError {
        Error(crate::io::Error),
        WouldBlock,
    }
    // Linux (glibc) shapes of library/std/src/sys/fs/unix.rs, one wrapper layer abbreviated
    // where it adds no field: File(FileDesc(OwnedFd)), Metadata(FileAttr),
    // Permissions(FilePermissions), FileType, ReadDir, DirEntry.
    pub struct File {
        inner: crate::os::fd::OwnedFd,
    }
    pub struct Metadata(FileAttr);
    #[derive(Clone)]
    struct FileAttr {
        stat: stat64,
        statx_extra_fields: Option<StatxExtraFields>,
    }
    // libc::stat64 on x86_64 Linux: 144 bytes of integers.
    #[derive(Clone, Copy)]
    struct stat64([u64; 18]);
    #[derive(Clone, Copy)]
    struct StatxExtraFields {
        stx_mask: u32,
        stx_btime: statx_timestamp,
    }
    #[derive(Clone, Copy)]
    struct statx_timestamp {
        tv_sec: i64,
        tv_nsec: u32,
        __statx_timestamp_pad1: [i32; 1],
    }
    #[derive(Clone, PartialEq, Eq, Debug)]
    pub struct Permissions {
        mode: u32,
    }
    #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
    pub struct FileType {
        mode: u32,
    }
    pub struct ReadDir {
        inner: Arc<InnerReadDir>,
        end_of_stream: bool,
    }
    struct InnerReadDir {
        dirp: Dir,
        root: PathBuf,
    }
    struct Dir(*mut u8);
    unsafe impl Send for Dir {}
    unsafe impl Sync for Dir {}
    impl Drop for Dir {
        fn drop(&mut self);
    }
    pub struct DirEntry {
        dir: Arc<InnerReadDir>,
        entry: dirent64_min,
        name: CString,
    }
    struct dirent64_min {
        d_ino: u64,
        d_type: u8,
    }
    struct CString {
        inner: Box<[u8]>,
    }
    impl File {
        pub fn open<P: AsRef<Path>>(path: P) -> io::Result<File>;
        pub fn create<P: AsRef<Path>>(path: P) -> io::Result<File>;
        pub fn sync_all(&self) -> io::Result<()>;
        pub fn sync_data(&self) -> io::Result<()>;
        pub fn set_len(&self, size: u64) -> io::Result<()>;
        pub fn metadata(&self) -> io::Result<Metadata>;
        pub fn try_clone(&self) -> io::Result<File>;
        pub fn set_permissions(&self, perm: Permissions) -> io::Result<()>;
    }
    impl Metadata {
        pub fn file_type(&self) -> FileType;
        pub fn is_dir(&self) -> bool;
        pub fn is_file(&self) -> bool;
        pub fn is_symlink(&self) -> bool;
        pub fn len(&self) -> u64;
        pub fn permissions(&self) -> Permissions;
        pub fn modified(&self) -> io::Result<SystemTime>;
        pub fn accessed(&self) -> io::Result<SystemTime>;
        pub fn created(&self) -> io::Result<SystemTime>;
    }
    impl Clone for Metadata {}
    impl Permissions {
        pub fn readonly(&self) -> bool;
        pub fn set_readonly(&mut self, readonly: bool);
    }
    impl FileType {
        pub fn is_dir(&self) -> bool;
        pub fn is_file(&self) -> bool;
        pub fn is_symlink(&self) -> bool;
    }
    impl DirEntry {
        pub fn path(&self) -> PathBuf;
        pub fn metadata(&self) -> io::Result<Metadata>;
        pub fn file_type(&self) -> io::Result<FileType>;
        pub fn file_name(&self) -> OsString;
    }
    impl Iterator for ReadDir {
        type Item = io::Result<DirEntry>;
    }
    impl Debug for File {}
    impl Debug for Metadata {}
    impl Debug for ReadDir {}
    impl Debug for DirEntry {}
    pub fn metadata<P: AsRef<Path>>(path: P) -> io::Result<Metadata>;
    pub fn symlink_metadata<P: AsRef<Path>>(path: P) -> io::Result<Metadata>;
    pub fn canonicalize<P: AsRef<Path>>(path: P) -> io::Result<PathBuf>;
    pub fn read_link<P: AsRef<Path>>(path: P) -> io::Result<PathBuf>;
    pub fn read_dir<P: AsRef<Path>>(path: P) -> io::Result<ReadDir>;
    pub fn read<P: AsRef<Path>>(path: P) -> io::Result<Vec<u8>>;
    pub fn read_to_string<P: AsRef<Path>>(path: P) -> io::Result<String>;
    pub fn write<P: AsRef<Path>, C: AsRef<[u8]>>(path: P, contents: C) -> io::Result<()>;
    pub fn create_dir<P: AsRef<Path>>(path: P) -> io::Result<()>;
    pub fn create_dir_all<P: AsRef<Path>>(path: P) -> io::Result<()>;
    pub fn remove_file<P: AsRef<Path>>(path: P) -> io::Result<()>;
    pub fn remove_dir<P: AsRef<Path>>(path: P) -> io::Result<()>;
    pub fn remove_dir_all<P: AsRef<Path>>(path: P) -> io::Result<()>;
    pub fn rename<P: AsRef<Path>, Q: AsRef<Path>>(from: P, to: Q) -> io::Result<()>;
    pub fn copy<P: AsRef<Path>, Q: AsRef<Path>>(from: P, to: Q) -> io::Result<u64>;
    pub fn hard_link<P: AsRef<Path>, Q: AsRef<Path>>(original: P, link: Q) -> io::Result<()>;
    pub fn set_permissions<P: AsRef<Path>>(path: P, perm: Permissions) -> io::Result<()>;
    use crate::boxed::Box;
    use crate::convert::AsRef;
    use crate::ffi::OsString;
    use crate::fmt::Debug;
    use crate::io;
    use crate::iter::Iterator;
    use crate::marker::{Send, Sync};
    use crate::ops::Drop;
    use crate::path::{Path, PathBuf};
    use crate::string::String;
    use crate::sync::Arc;
    use crate::time::SystemTime;
    use crate::vec::Vec;
}

pub mod net {
    // core::net (library/core/src/net/{ip_addr,socket_addr}.rs): plain Copy values.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub enum IpAddr {
        V4(Ipv4Addr),
        V6(Ipv6Addr),
    }
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub struct Ipv4Addr {
        octets: [u8; 4],
    }
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub struct Ipv6Addr {
        octets: [u8; 16],
    }
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub enum SocketAddr {
        V4(SocketAddrV4),
        V6(SocketAddrV6),
    }
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub struct SocketAddrV4 {
        ip: Ipv4Addr,
        port: u16,
    }
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
    pub struct SocketAddrV6 {
        ip: Ipv6Addr,
        port: u16,
        flowinfo: u32,
        scope_id: u32,
    }
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    pub enum Shutdown {
        Read,
        Write,
        Both,
    }
    impl Ipv4Addr {
        pub const LOCALHOST: Ipv4Addr;
        pub const UNSPECIFIED: Ipv4Addr;
        pub const fn new(a: u8, b: u8, c: u8, d: u8) -> Ipv4Addr;
        pub const fn octets(&self) -> [u8; 4];
    }
    impl SocketAddr {
        pub const fn new(ip: IpAddr, port: u16) -> SocketAddr;
        pub const fn ip(&self) -> IpAddr;
        pub const fn port(&self) -> u16;
    }
    impl Display for IpAddr {}
    impl Display for Ipv4Addr {}
    impl Display for SocketAddr {}
    impl From<Ipv4Addr> for IpAddr {}
    impl From<(Ipv4Addr, u16)> for SocketAddr {}

    // library/std/src/net/{tcp,udp}.rs on Linux: TcpStream(net_imp::TcpStream) is a
    // Socket(FileDesc(OwnedFd)); the wrapper layers add no field and are abbreviated.
    pub struct TcpStream {
        inner: crate::os::fd::OwnedFd,
    }
    pub struct TcpListener {
        inner: crate::os::fd::OwnedFd,
    }
    pub struct UdpSocket {
        inner: crate::os::fd::OwnedFd,
    }
    impl TcpStream {
        pub fn connect<A: ToSocketAddrs>(addr: A) -> Result<TcpStream>;
        pub fn peer_addr(&self) -> Result<SocketAddr>;
        pub fn local_addr(&self) -> Result<SocketAddr>;
        pub fn shutdown(&self, how: Shutdown) -> Result<()>;
        pub fn try_clone(&self) -> Result<TcpStream>;
        pub fn set_nodelay(&self, nodelay: bool) -> Result<()>;
        pub fn set_nonblocking(&self, nonblocking: bool) -> Result<()>;
    }
    impl TcpListener {
        pub fn bind<A: ToSocketAddrs>(addr: A) -> Result<TcpListener>;
        pub fn local_addr(&self) -> Result<SocketAddr>;
        pub fn accept(&self) -> Result<(TcpStream, SocketAddr)>;
        pub fn set_nonblocking(&self, nonblocking: bool) -> Result<()>;
    }
    impl UdpSocket {
        pub fn bind<A: ToSocketAddrs>(addr: A) -> Result<UdpSocket>;
        pub fn send_to<A: ToSocketAddrs>(&self, buf: &[u8], addr: A) -> Result<usize>;
        pub fn recv_from(&self, buf: &mut [u8]) -> Result<(usize, SocketAddr)>;
        pub fn local_addr(&self) -> Result<SocketAddr>;
    }
    impl Debug for TcpStream {}
    impl Debug for TcpListener {}
    impl Debug for UdpSocket {}
    pub trait ToSocketAddrs {}
    impl ToSocketAddrs for SocketAddr {}
    impl ToSocketAddrs for (Ipv4Addr, u16) {}
    impl ToSocketAddrs for (&str, u16) {}
    impl ToSocketAddrs for str {}
    impl ToSocketAddrs for &str {}
    impl ToSocketAddrs for String {}

    use crate::convert::From;
    use crate::fmt::{Debug, Display};
    use crate::io::Result;
    use crate::string::String;
}

pub mod process {
    pub fn exit(code: i32) -> !;

    // library/std/src/process.rs and sys/process/unix (Linux): a child is its pid, its
    // reaped status and its pidfd, plus the three optional pipe ends.
    pub struct Child {
        handle: Process,
        pub stdin: Option<ChildStdin>,
        pub stdout: Option<ChildStdout>,
        pub stderr: Option<ChildStderr>,
    }
    struct Process {
        pid: i32,
        status: Option<ExitStatus>,
        pidfd: Option<PidFd>,
    }
    struct PidFd {
        fd: crate::os::fd::OwnedFd,
    }
    // ChildStdin(AnonPipe(FileDesc(OwnedFd))), the wrapper layers abbreviated.
    pub struct ChildStdin {
        inner: crate::os::fd::OwnedFd,
    }
    pub struct ChildStdout {
        inner: crate::os::fd::OwnedFd,
    }
    pub struct ChildStderr {
        inner: crate::os::fd::OwnedFd,
    }
    #[derive(PartialEq, Eq, Clone, Copy, Debug)]
    pub struct ExitStatus(i32);
    #[derive(PartialEq, Eq, Clone, Debug)]
    pub struct Output {
        pub status: ExitStatus,
        pub stdout: Vec<u8>,
        pub stderr: Vec<u8>,
    }
    // Its fields (program, args, argv pointers with a hand-written Send + Sync, env,
    // closures, stdio) are abbreviated: rustc 1.95 lays it out in 200 bytes, Send + Sync.
    #[awaitscope::layout(size = 200, align = 8)]
    pub struct Command {
        program: crate::ffi::OsString,
    }
    // sys::process::Stdio: Inherit, Null, MakePipe, Fd(OwnedFd), StaticFd(BorrowedFd).
    pub struct Stdio(StdioKind);
    enum StdioKind {
        Inherit,
        Null,
        MakePipe,
        Fd(crate::os::fd::OwnedFd),
        StaticFd(i32),
    }
    impl Command {
        pub fn new<S: AsRef<OsStr>>(program: S) -> Command;
        pub fn arg<S: AsRef<OsStr>>(&mut self, arg: S) -> &mut Command;
        pub fn args<I, S>(&mut self, args: I) -> &mut Command where I: IntoIterator<Item = S>, S: AsRef<OsStr>;
        pub fn env<K: AsRef<OsStr>, V: AsRef<OsStr>>(&mut self, key: K, val: V) -> &mut Command;
        pub fn stdin<T: Into<Stdio>>(&mut self, cfg: T) -> &mut Command;
        pub fn stdout<T: Into<Stdio>>(&mut self, cfg: T) -> &mut Command;
        pub fn stderr<T: Into<Stdio>>(&mut self, cfg: T) -> &mut Command;
        pub fn spawn(&mut self) -> Result<Child>;
        pub fn output(&mut self) -> Result<Output>;
        pub fn status(&mut self) -> Result<ExitStatus>;
    }
    impl Child {
        pub fn id(&self) -> u32;
        pub fn kill(&mut self) -> Result<()>;
        pub fn wait(&mut self) -> Result<ExitStatus>;
        pub fn try_wait(&mut self) -> Result<Option<ExitStatus>>;
        pub fn wait_with_output(self) -> Result<Output>;
    }
    impl ExitStatus {
        pub fn success(&self) -> bool;
        pub fn code(&self) -> Option<i32>;
    }
    impl Stdio {
        pub fn piped() -> Stdio;
        pub fn inherit() -> Stdio;
        pub fn null() -> Stdio;
    }
    impl Debug for Child {}
    impl Debug for Command {}
    impl Debug for Stdio {}
    impl Display for ExitStatus {}

    use crate::convert::{AsRef, Into};
    use crate::ffi::OsStr;
    use crate::fmt::{Debug, Display};
    use crate::io::Result;
    use crate::iter::IntoIterator;
    use crate::option::Option;
    use crate::vec::Vec;
}

pub mod env {
    pub fn var<K: AsRef<OsStr>>(key: K) -> Result<String, VarError>;
    pub fn args() -> Args;
    // Args is !Send and !Sync by hand.
    pub struct Args {
        inner: crate::vec::IntoIter<OsString>,
    }
    impl !Send for Args {}
    impl !Sync for Args {}
    impl Iterator for Args {
        type Item = String;
    }
    #[derive(Debug, PartialEq, Eq, Clone)]
    pub enum VarError {
        NotPresent,
        NotUnicode(OsString),
    }
    use crate::convert::AsRef;
    use crate::ffi::{OsStr, OsString};
    use crate::iter::Iterator;
    use crate::marker::{Send, Sync};
    use crate::result::Result;
    use crate::string::String;
}

pub mod ffi {
    #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
    pub struct OsString {
        inner: crate::vec::Vec<u8>,
    }
    pub struct OsStr {
        inner: [u8],
    }
    impl crate::borrow::ToOwned for OsStr {
        type Owned = OsString;
        fn to_owned(&self) -> OsString;
    }
}

// ---------------------------------------------------------------------------
// The prelude every module sees (edition 2021)
// ---------------------------------------------------------------------------

pub mod prelude {
    pub mod rust_2021 {
        pub use crate::marker::{Copy, Send, Sized, Sync, Unpin};
        pub use crate::ops::{AsyncFn, AsyncFnMut, AsyncFnOnce, Drop, Fn, FnMut, FnOnce};
        pub use crate::mem::drop;
        pub use crate::clone::Clone;
        pub use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
        pub use crate::convert::{AsMut, AsRef, From, Into, TryFrom};
        pub use crate::default::Default;
        pub use crate::iter::{DoubleEndedIterator, ExactSizeIterator, Extend, FromIterator, IntoIterator, Iterator};
        pub use crate::option::Option::{self, None, Some};
        pub use crate::result::Result::{self, Err, Ok};
        pub use crate::borrow::ToOwned;
        pub use crate::boxed::Box;
        pub use crate::string::{String, ToString};
        pub use crate::vec::Vec;
        pub use crate::future::{Future, IntoFuture};
    }
}

// ---------------------------------------------------------------------------
// Trait impls for the built-in primitive types
// ---------------------------------------------------------------------------
// (Copy, Send, Sync, Sized and Unpin of primitives are built into the analyzer.)
mod primitive_impls {
    impl Clone for i8 {} impl Debug for i8 {} impl Display for i8 {} impl Default for i8 {} impl PartialEq for i8 {} impl PartialOrd for i8 {} impl Hash for i8 {} impl Eq for i8 {} impl Ord for i8 {}
    impl Clone for i16 {} impl Debug for i16 {} impl Display for i16 {} impl Default for i16 {} impl PartialEq for i16 {} impl PartialOrd for i16 {} impl Hash for i16 {} impl Eq for i16 {} impl Ord for i16 {}
    impl Clone for i32 {} impl Debug for i32 {} impl Display for i32 {} impl Default for i32 {} impl PartialEq for i32 {} impl PartialOrd for i32 {} impl Hash for i32 {} impl Eq for i32 {} impl Ord for i32 {}
    impl Clone for i64 {} impl Debug for i64 {} impl Display for i64 {} impl Default for i64 {} impl PartialEq for i64 {} impl PartialOrd for i64 {} impl Hash for i64 {} impl Eq for i64 {} impl Ord for i64 {}
    impl Clone for i128 {} impl Debug for i128 {} impl Display for i128 {} impl Default for i128 {} impl PartialEq for i128 {} impl PartialOrd for i128 {} impl Hash for i128 {} impl Eq for i128 {} impl Ord for i128 {}
    impl Clone for isize {} impl Debug for isize {} impl Display for isize {} impl Default for isize {} impl PartialEq for isize {} impl PartialOrd for isize {} impl Hash for isize {} impl Eq for isize {} impl Ord for isize {}
    impl Clone for u8 {} impl Debug for u8 {} impl Display for u8 {} impl Default for u8 {} impl PartialEq for u8 {} impl PartialOrd for u8 {} impl Hash for u8 {} impl Eq for u8 {} impl Ord for u8 {}
    impl Clone for u16 {} impl Debug for u16 {} impl Display for u16 {} impl Default for u16 {} impl PartialEq for u16 {} impl PartialOrd for u16 {} impl Hash for u16 {} impl Eq for u16 {} impl Ord for u16 {}
    impl Clone for u32 {} impl Debug for u32 {} impl Display for u32 {} impl Default for u32 {} impl PartialEq for u32 {} impl PartialOrd for u32 {} impl Hash for u32 {} impl Eq for u32 {} impl Ord for u32 {}
    impl Clone for u64 {} impl Debug for u64 {} impl Display for u64 {} impl Default for u64 {} impl PartialEq for u64 {} impl PartialOrd for u64 {} impl Hash for u64 {} impl Eq for u64 {} impl Ord for u64 {}
    impl Clone for u128 {} impl Debug for u128 {} impl Display for u128 {} impl Default for u128 {} impl PartialEq for u128 {} impl PartialOrd for u128 {} impl Hash for u128 {} impl Eq for u128 {} impl Ord for u128 {}
    impl Clone for usize {} impl Debug for usize {} impl Display for usize {} impl Default for usize {} impl PartialEq for usize {} impl PartialOrd for usize {} impl Hash for usize {} impl Eq for usize {} impl Ord for usize {}
    impl Clone for f32 {} impl Debug for f32 {} impl Display for f32 {} impl Default for f32 {} impl PartialEq for f32 {} impl PartialOrd for f32 {}
    impl Clone for f64 {} impl Debug for f64 {} impl Display for f64 {} impl Default for f64 {} impl PartialEq for f64 {} impl PartialOrd for f64 {}
    impl Clone for bool {} impl Debug for bool {} impl Display for bool {} impl Default for bool {} impl PartialEq for bool {} impl PartialOrd for bool {} impl Hash for bool {} impl Eq for bool {} impl Ord for bool {}
    impl Clone for char {} impl Debug for char {} impl Display for char {} impl Default for char {} impl PartialEq for char {} impl PartialOrd for char {} impl Hash for char {} impl Eq for char {} impl Ord for char {}
    impl Clone for () {} impl Debug for () {} impl Default for () {} impl PartialEq for () {} impl Eq for () {} impl Hash for () {}
    impl<T: ?Sized> Clone for &T {}
    impl<T: ?Sized + Debug> Debug for &T {}
    impl<T: ?Sized + Display> Display for &T {}
    impl<T: ?Sized + Debug> Debug for &mut T {}
    impl<T: ?Sized + Display> Display for &mut T {}
    impl<T: Debug> Debug for [T] {}
    impl<T: Debug, const N: usize> Debug for [T; N] {}
    impl<T: Clone, const N: usize> Clone for [T; N] {}
    impl Debug for dyn Any {}
    impl Debug for dyn Any + Send {}

    // Integer sums for Iterator::sum.
    impl Sum for i32 {} impl<'a> Sum<&'a i32> for i32 {}
    impl Sum for i64 {} impl<'a> Sum<&'a i64> for i64 {}
    impl Sum for u32 {} impl<'a> Sum<&'a u32> for u32 {}
    impl Sum for u64 {} impl<'a> Sum<&'a u64> for u64 {}
    impl Sum for usize {} impl<'a> Sum<&'a usize> for usize {}
    impl Sum for f64 {} impl<'a> Sum<&'a f64> for f64 {}

    use crate::any::Any;
    use crate::clone::Clone;
    use crate::cmp::{Eq, Ord, PartialEq, PartialOrd};
    use crate::default::Default;
    use crate::fmt::{Debug, Display};
    use crate::hash::Hash;
    use crate::iter::Sum;
    use crate::marker::Send;
}

// ---------------------------------------------------------------------------
// Inherent methods of the built-in primitive types (core's `impl char`, `impl u8`,
// `impl i64`, `impl f64` ...), with core's receivers: most take `self` by value (the type
// is Copy, so the method probe's by-value step picks them with no autoref), the `is_ascii_*`
// family takes `&self`.
// ---------------------------------------------------------------------------
mod primitive_methods {
    impl char {
        pub fn is_alphabetic(self) -> bool;
        pub fn is_numeric(self) -> bool;
        pub fn is_alphanumeric(self) -> bool;
        pub fn is_whitespace(self) -> bool;
        pub fn is_uppercase(self) -> bool;
        pub fn is_lowercase(self) -> bool;
        pub fn is_control(self) -> bool;
        pub const fn is_digit(self, radix: u32) -> bool;
        pub const fn to_digit(self, radix: u32) -> Option<u32>;
        pub const fn len_utf8(self) -> usize;
        pub const fn len_utf16(self) -> usize;
        pub const fn is_ascii(&self) -> bool;
        pub const fn is_ascii_alphabetic(&self) -> bool;
        pub const fn is_ascii_uppercase(&self) -> bool;
        pub const fn is_ascii_lowercase(&self) -> bool;
        pub const fn is_ascii_alphanumeric(&self) -> bool;
        pub const fn is_ascii_digit(&self) -> bool;
        pub const fn is_ascii_hexdigit(&self) -> bool;
        pub const fn is_ascii_punctuation(&self) -> bool;
        pub const fn is_ascii_graphic(&self) -> bool;
        pub const fn is_ascii_whitespace(&self) -> bool;
        pub const fn is_ascii_control(&self) -> bool;
        pub const fn to_ascii_uppercase(&self) -> char;
        pub const fn to_ascii_lowercase(&self) -> char;
        pub const fn eq_ignore_ascii_case(&self, other: &char) -> bool;
        pub fn make_ascii_uppercase(&mut self);
        pub fn make_ascii_lowercase(&mut self);
    }
    impl u8 {
        pub const fn pow(self, exp: u32) -> u8;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> u8;
        pub const fn reverse_bits(self) -> u8;
        pub const fn checked_add(self, rhs: u8) -> Option<u8>;
        pub const fn checked_sub(self, rhs: u8) -> Option<u8>;
        pub const fn checked_mul(self, rhs: u8) -> Option<u8>;
        pub const fn checked_div(self, rhs: u8) -> Option<u8>;
        pub const fn checked_rem(self, rhs: u8) -> Option<u8>;
        pub const fn saturating_add(self, rhs: u8) -> u8;
        pub const fn wrapping_add(self, rhs: u8) -> u8;
        pub const fn overflowing_add(self, rhs: u8) -> (u8, bool);
        pub const fn saturating_sub(self, rhs: u8) -> u8;
        pub const fn wrapping_sub(self, rhs: u8) -> u8;
        pub const fn overflowing_sub(self, rhs: u8) -> (u8, bool);
        pub const fn saturating_mul(self, rhs: u8) -> u8;
        pub const fn wrapping_mul(self, rhs: u8) -> u8;
        pub const fn overflowing_mul(self, rhs: u8) -> (u8, bool);
        pub const fn div_euclid(self, rhs: u8) -> u8;
        pub const fn rem_euclid(self, rhs: u8) -> u8;
        pub const fn checked_pow(self, exp: u32) -> Option<u8>;
        pub const fn is_power_of_two(self) -> bool;
        pub const fn next_power_of_two(self) -> u8;
        pub const fn abs_diff(self, other: u8) -> u8;
        pub const fn checked_next_power_of_two(self) -> Option<u8>;
        pub const fn is_ascii(&self) -> bool;
        pub const fn is_ascii_alphabetic(&self) -> bool;
        pub const fn is_ascii_uppercase(&self) -> bool;
        pub const fn is_ascii_lowercase(&self) -> bool;
        pub const fn is_ascii_alphanumeric(&self) -> bool;
        pub const fn is_ascii_digit(&self) -> bool;
        pub const fn is_ascii_hexdigit(&self) -> bool;
        pub const fn is_ascii_punctuation(&self) -> bool;
        pub const fn is_ascii_graphic(&self) -> bool;
        pub const fn is_ascii_whitespace(&self) -> bool;
        pub const fn is_ascii_control(&self) -> bool;
        pub const fn to_ascii_uppercase(&self) -> u8;
        pub const fn to_ascii_lowercase(&self) -> u8;
        pub const fn eq_ignore_ascii_case(&self, other: &u8) -> bool;
        pub fn make_ascii_uppercase(&mut self);
        pub fn make_ascii_lowercase(&mut self);
    }
    impl u16 {
        pub const fn pow(self, exp: u32) -> u16;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> u16;
        pub const fn reverse_bits(self) -> u16;
        pub const fn checked_add(self, rhs: u16) -> Option<u16>;
        pub const fn checked_sub(self, rhs: u16) -> Option<u16>;
        pub const fn checked_mul(self, rhs: u16) -> Option<u16>;
        pub const fn checked_div(self, rhs: u16) -> Option<u16>;
        pub const fn checked_rem(self, rhs: u16) -> Option<u16>;
        pub const fn saturating_add(self, rhs: u16) -> u16;
        pub const fn wrapping_add(self, rhs: u16) -> u16;
        pub const fn overflowing_add(self, rhs: u16) -> (u16, bool);
        pub const fn saturating_sub(self, rhs: u16) -> u16;
        pub const fn wrapping_sub(self, rhs: u16) -> u16;
        pub const fn overflowing_sub(self, rhs: u16) -> (u16, bool);
        pub const fn saturating_mul(self, rhs: u16) -> u16;
        pub const fn wrapping_mul(self, rhs: u16) -> u16;
        pub const fn overflowing_mul(self, rhs: u16) -> (u16, bool);
        pub const fn div_euclid(self, rhs: u16) -> u16;
        pub const fn rem_euclid(self, rhs: u16) -> u16;
        pub const fn checked_pow(self, exp: u32) -> Option<u16>;
        pub const fn is_power_of_two(self) -> bool;
        pub const fn next_power_of_two(self) -> u16;
        pub const fn abs_diff(self, other: u16) -> u16;
        pub const fn checked_next_power_of_two(self) -> Option<u16>;
    }
    impl u32 {
        pub const fn pow(self, exp: u32) -> u32;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> u32;
        pub const fn reverse_bits(self) -> u32;
        pub const fn checked_add(self, rhs: u32) -> Option<u32>;
        pub const fn checked_sub(self, rhs: u32) -> Option<u32>;
        pub const fn checked_mul(self, rhs: u32) -> Option<u32>;
        pub const fn checked_div(self, rhs: u32) -> Option<u32>;
        pub const fn checked_rem(self, rhs: u32) -> Option<u32>;
        pub const fn saturating_add(self, rhs: u32) -> u32;
        pub const fn wrapping_add(self, rhs: u32) -> u32;
        pub const fn overflowing_add(self, rhs: u32) -> (u32, bool);
        pub const fn saturating_sub(self, rhs: u32) -> u32;
        pub const fn wrapping_sub(self, rhs: u32) -> u32;
        pub const fn overflowing_sub(self, rhs: u32) -> (u32, bool);
        pub const fn saturating_mul(self, rhs: u32) -> u32;
        pub const fn wrapping_mul(self, rhs: u32) -> u32;
        pub const fn overflowing_mul(self, rhs: u32) -> (u32, bool);
        pub const fn div_euclid(self, rhs: u32) -> u32;
        pub const fn rem_euclid(self, rhs: u32) -> u32;
        pub const fn checked_pow(self, exp: u32) -> Option<u32>;
        pub const fn is_power_of_two(self) -> bool;
        pub const fn next_power_of_two(self) -> u32;
        pub const fn abs_diff(self, other: u32) -> u32;
        pub const fn checked_next_power_of_two(self) -> Option<u32>;
    }
    impl u64 {
        pub const fn pow(self, exp: u32) -> u64;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> u64;
        pub const fn reverse_bits(self) -> u64;
        pub const fn checked_add(self, rhs: u64) -> Option<u64>;
        pub const fn checked_sub(self, rhs: u64) -> Option<u64>;
        pub const fn checked_mul(self, rhs: u64) -> Option<u64>;
        pub const fn checked_div(self, rhs: u64) -> Option<u64>;
        pub const fn checked_rem(self, rhs: u64) -> Option<u64>;
        pub const fn saturating_add(self, rhs: u64) -> u64;
        pub const fn wrapping_add(self, rhs: u64) -> u64;
        pub const fn overflowing_add(self, rhs: u64) -> (u64, bool);
        pub const fn saturating_sub(self, rhs: u64) -> u64;
        pub const fn wrapping_sub(self, rhs: u64) -> u64;
        pub const fn overflowing_sub(self, rhs: u64) -> (u64, bool);
        pub const fn saturating_mul(self, rhs: u64) -> u64;
        pub const fn wrapping_mul(self, rhs: u64) -> u64;
        pub const fn overflowing_mul(self, rhs: u64) -> (u64, bool);
        pub const fn div_euclid(self, rhs: u64) -> u64;
        pub const fn rem_euclid(self, rhs: u64) -> u64;
        pub const fn checked_pow(self, exp: u32) -> Option<u64>;
        pub const fn is_power_of_two(self) -> bool;
        pub const fn next_power_of_two(self) -> u64;
        pub const fn abs_diff(self, other: u64) -> u64;
        pub const fn checked_next_power_of_two(self) -> Option<u64>;
    }
    impl u128 {
        pub const fn pow(self, exp: u32) -> u128;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> u128;
        pub const fn reverse_bits(self) -> u128;
        pub const fn checked_add(self, rhs: u128) -> Option<u128>;
        pub const fn checked_sub(self, rhs: u128) -> Option<u128>;
        pub const fn checked_mul(self, rhs: u128) -> Option<u128>;
        pub const fn checked_div(self, rhs: u128) -> Option<u128>;
        pub const fn checked_rem(self, rhs: u128) -> Option<u128>;
        pub const fn saturating_add(self, rhs: u128) -> u128;
        pub const fn wrapping_add(self, rhs: u128) -> u128;
        pub const fn overflowing_add(self, rhs: u128) -> (u128, bool);
        pub const fn saturating_sub(self, rhs: u128) -> u128;
        pub const fn wrapping_sub(self, rhs: u128) -> u128;
        pub const fn overflowing_sub(self, rhs: u128) -> (u128, bool);
        pub const fn saturating_mul(self, rhs: u128) -> u128;
        pub const fn wrapping_mul(self, rhs: u128) -> u128;
        pub const fn overflowing_mul(self, rhs: u128) -> (u128, bool);
        pub const fn div_euclid(self, rhs: u128) -> u128;
        pub const fn rem_euclid(self, rhs: u128) -> u128;
        pub const fn checked_pow(self, exp: u32) -> Option<u128>;
        pub const fn is_power_of_two(self) -> bool;
        pub const fn next_power_of_two(self) -> u128;
        pub const fn abs_diff(self, other: u128) -> u128;
        pub const fn checked_next_power_of_two(self) -> Option<u128>;
    }
    impl usize {
        pub const fn pow(self, exp: u32) -> usize;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> usize;
        pub const fn reverse_bits(self) -> usize;
        pub const fn checked_add(self, rhs: usize) -> Option<usize>;
        pub const fn checked_sub(self, rhs: usize) -> Option<usize>;
        pub const fn checked_mul(self, rhs: usize) -> Option<usize>;
        pub const fn checked_div(self, rhs: usize) -> Option<usize>;
        pub const fn checked_rem(self, rhs: usize) -> Option<usize>;
        pub const fn saturating_add(self, rhs: usize) -> usize;
        pub const fn wrapping_add(self, rhs: usize) -> usize;
        pub const fn overflowing_add(self, rhs: usize) -> (usize, bool);
        pub const fn saturating_sub(self, rhs: usize) -> usize;
        pub const fn wrapping_sub(self, rhs: usize) -> usize;
        pub const fn overflowing_sub(self, rhs: usize) -> (usize, bool);
        pub const fn saturating_mul(self, rhs: usize) -> usize;
        pub const fn wrapping_mul(self, rhs: usize) -> usize;
        pub const fn overflowing_mul(self, rhs: usize) -> (usize, bool);
        pub const fn div_euclid(self, rhs: usize) -> usize;
        pub const fn rem_euclid(self, rhs: usize) -> usize;
        pub const fn checked_pow(self, exp: u32) -> Option<usize>;
        pub const fn is_power_of_two(self) -> bool;
        pub const fn next_power_of_two(self) -> usize;
        pub const fn abs_diff(self, other: usize) -> usize;
        pub const fn checked_next_power_of_two(self) -> Option<usize>;
    }
    impl i8 {
        pub const fn pow(self, exp: u32) -> i8;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> i8;
        pub const fn reverse_bits(self) -> i8;
        pub const fn checked_add(self, rhs: i8) -> Option<i8>;
        pub const fn checked_sub(self, rhs: i8) -> Option<i8>;
        pub const fn checked_mul(self, rhs: i8) -> Option<i8>;
        pub const fn checked_div(self, rhs: i8) -> Option<i8>;
        pub const fn checked_rem(self, rhs: i8) -> Option<i8>;
        pub const fn saturating_add(self, rhs: i8) -> i8;
        pub const fn wrapping_add(self, rhs: i8) -> i8;
        pub const fn overflowing_add(self, rhs: i8) -> (i8, bool);
        pub const fn saturating_sub(self, rhs: i8) -> i8;
        pub const fn wrapping_sub(self, rhs: i8) -> i8;
        pub const fn overflowing_sub(self, rhs: i8) -> (i8, bool);
        pub const fn saturating_mul(self, rhs: i8) -> i8;
        pub const fn wrapping_mul(self, rhs: i8) -> i8;
        pub const fn overflowing_mul(self, rhs: i8) -> (i8, bool);
        pub const fn div_euclid(self, rhs: i8) -> i8;
        pub const fn rem_euclid(self, rhs: i8) -> i8;
        pub const fn checked_pow(self, exp: u32) -> Option<i8>;
        pub const fn abs(self) -> i8;
        pub const fn signum(self) -> i8;
        pub const fn is_positive(self) -> bool;
        pub const fn is_negative(self) -> bool;
        pub const fn unsigned_abs(self) -> u8;
        pub const fn abs_diff(self, other: i8) -> u8;
        pub const fn checked_abs(self) -> Option<i8>;
        pub const fn wrapping_abs(self) -> i8;
    }
    impl i16 {
        pub const fn pow(self, exp: u32) -> i16;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> i16;
        pub const fn reverse_bits(self) -> i16;
        pub const fn checked_add(self, rhs: i16) -> Option<i16>;
        pub const fn checked_sub(self, rhs: i16) -> Option<i16>;
        pub const fn checked_mul(self, rhs: i16) -> Option<i16>;
        pub const fn checked_div(self, rhs: i16) -> Option<i16>;
        pub const fn checked_rem(self, rhs: i16) -> Option<i16>;
        pub const fn saturating_add(self, rhs: i16) -> i16;
        pub const fn wrapping_add(self, rhs: i16) -> i16;
        pub const fn overflowing_add(self, rhs: i16) -> (i16, bool);
        pub const fn saturating_sub(self, rhs: i16) -> i16;
        pub const fn wrapping_sub(self, rhs: i16) -> i16;
        pub const fn overflowing_sub(self, rhs: i16) -> (i16, bool);
        pub const fn saturating_mul(self, rhs: i16) -> i16;
        pub const fn wrapping_mul(self, rhs: i16) -> i16;
        pub const fn overflowing_mul(self, rhs: i16) -> (i16, bool);
        pub const fn div_euclid(self, rhs: i16) -> i16;
        pub const fn rem_euclid(self, rhs: i16) -> i16;
        pub const fn checked_pow(self, exp: u32) -> Option<i16>;
        pub const fn abs(self) -> i16;
        pub const fn signum(self) -> i16;
        pub const fn is_positive(self) -> bool;
        pub const fn is_negative(self) -> bool;
        pub const fn unsigned_abs(self) -> u16;
        pub const fn abs_diff(self, other: i16) -> u16;
        pub const fn checked_abs(self) -> Option<i16>;
        pub const fn wrapping_abs(self) -> i16;
    }
    impl i32 {
        pub const fn pow(self, exp: u32) -> i32;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> i32;
        pub const fn reverse_bits(self) -> i32;
        pub const fn checked_add(self, rhs: i32) -> Option<i32>;
        pub const fn checked_sub(self, rhs: i32) -> Option<i32>;
        pub const fn checked_mul(self, rhs: i32) -> Option<i32>;
        pub const fn checked_div(self, rhs: i32) -> Option<i32>;
        pub const fn checked_rem(self, rhs: i32) -> Option<i32>;
        pub const fn saturating_add(self, rhs: i32) -> i32;
        pub const fn wrapping_add(self, rhs: i32) -> i32;
        pub const fn overflowing_add(self, rhs: i32) -> (i32, bool);
        pub const fn saturating_sub(self, rhs: i32) -> i32;
        pub const fn wrapping_sub(self, rhs: i32) -> i32;
        pub const fn overflowing_sub(self, rhs: i32) -> (i32, bool);
        pub const fn saturating_mul(self, rhs: i32) -> i32;
        pub const fn wrapping_mul(self, rhs: i32) -> i32;
        pub const fn overflowing_mul(self, rhs: i32) -> (i32, bool);
        pub const fn div_euclid(self, rhs: i32) -> i32;
        pub const fn rem_euclid(self, rhs: i32) -> i32;
        pub const fn checked_pow(self, exp: u32) -> Option<i32>;
        pub const fn abs(self) -> i32;
        pub const fn signum(self) -> i32;
        pub const fn is_positive(self) -> bool;
        pub const fn is_negative(self) -> bool;
        pub const fn unsigned_abs(self) -> u32;
        pub const fn abs_diff(self, other: i32) -> u32;
        pub const fn checked_abs(self) -> Option<i32>;
        pub const fn wrapping_abs(self) -> i32;
    }
    impl i64 {
        pub const fn pow(self, exp: u32) -> i64;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> i64;
        pub const fn reverse_bits(self) -> i64;
        pub const fn checked_add(self, rhs: i64) -> Option<i64>;
        pub const fn checked_sub(self, rhs: i64) -> Option<i64>;
        pub const fn checked_mul(self, rhs: i64) -> Option<i64>;
        pub const fn checked_div(self, rhs: i64) -> Option<i64>;
        pub const fn checked_rem(self, rhs: i64) -> Option<i64>;
        pub const fn saturating_add(self, rhs: i64) -> i64;
        pub const fn wrapping_add(self, rhs: i64) -> i64;
        pub const fn overflowing_add(self, rhs: i64) -> (i64, bool);
        pub const fn saturating_sub(self, rhs: i64) -> i64;
        pub const fn wrapping_sub(self, rhs: i64) -> i64;
        pub const fn overflowing_sub(self, rhs: i64) -> (i64, bool);
        pub const fn saturating_mul(self, rhs: i64) -> i64;
        pub const fn wrapping_mul(self, rhs: i64) -> i64;
        pub const fn overflowing_mul(self, rhs: i64) -> (i64, bool);
        pub const fn div_euclid(self, rhs: i64) -> i64;
        pub const fn rem_euclid(self, rhs: i64) -> i64;
        pub const fn checked_pow(self, exp: u32) -> Option<i64>;
        pub const fn abs(self) -> i64;
        pub const fn signum(self) -> i64;
        pub const fn is_positive(self) -> bool;
        pub const fn is_negative(self) -> bool;
        pub const fn unsigned_abs(self) -> u64;
        pub const fn abs_diff(self, other: i64) -> u64;
        pub const fn checked_abs(self) -> Option<i64>;
        pub const fn wrapping_abs(self) -> i64;
    }
    impl i128 {
        pub const fn pow(self, exp: u32) -> i128;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> i128;
        pub const fn reverse_bits(self) -> i128;
        pub const fn checked_add(self, rhs: i128) -> Option<i128>;
        pub const fn checked_sub(self, rhs: i128) -> Option<i128>;
        pub const fn checked_mul(self, rhs: i128) -> Option<i128>;
        pub const fn checked_div(self, rhs: i128) -> Option<i128>;
        pub const fn checked_rem(self, rhs: i128) -> Option<i128>;
        pub const fn saturating_add(self, rhs: i128) -> i128;
        pub const fn wrapping_add(self, rhs: i128) -> i128;
        pub const fn overflowing_add(self, rhs: i128) -> (i128, bool);
        pub const fn saturating_sub(self, rhs: i128) -> i128;
        pub const fn wrapping_sub(self, rhs: i128) -> i128;
        pub const fn overflowing_sub(self, rhs: i128) -> (i128, bool);
        pub const fn saturating_mul(self, rhs: i128) -> i128;
        pub const fn wrapping_mul(self, rhs: i128) -> i128;
        pub const fn overflowing_mul(self, rhs: i128) -> (i128, bool);
        pub const fn div_euclid(self, rhs: i128) -> i128;
        pub const fn rem_euclid(self, rhs: i128) -> i128;
        pub const fn checked_pow(self, exp: u32) -> Option<i128>;
        pub const fn abs(self) -> i128;
        pub const fn signum(self) -> i128;
        pub const fn is_positive(self) -> bool;
        pub const fn is_negative(self) -> bool;
        pub const fn unsigned_abs(self) -> u128;
        pub const fn abs_diff(self, other: i128) -> u128;
        pub const fn checked_abs(self) -> Option<i128>;
        pub const fn wrapping_abs(self) -> i128;
    }
    impl isize {
        pub const fn pow(self, exp: u32) -> isize;
        pub const fn count_ones(self) -> u32;
        pub const fn count_zeros(self) -> u32;
        pub const fn leading_zeros(self) -> u32;
        pub const fn trailing_zeros(self) -> u32;
        pub const fn swap_bytes(self) -> isize;
        pub const fn reverse_bits(self) -> isize;
        pub const fn checked_add(self, rhs: isize) -> Option<isize>;
        pub const fn checked_sub(self, rhs: isize) -> Option<isize>;
        pub const fn checked_mul(self, rhs: isize) -> Option<isize>;
        pub const fn checked_div(self, rhs: isize) -> Option<isize>;
        pub const fn checked_rem(self, rhs: isize) -> Option<isize>;
        pub const fn saturating_add(self, rhs: isize) -> isize;
        pub const fn wrapping_add(self, rhs: isize) -> isize;
        pub const fn overflowing_add(self, rhs: isize) -> (isize, bool);
        pub const fn saturating_sub(self, rhs: isize) -> isize;
        pub const fn wrapping_sub(self, rhs: isize) -> isize;
        pub const fn overflowing_sub(self, rhs: isize) -> (isize, bool);
        pub const fn saturating_mul(self, rhs: isize) -> isize;
        pub const fn wrapping_mul(self, rhs: isize) -> isize;
        pub const fn overflowing_mul(self, rhs: isize) -> (isize, bool);
        pub const fn div_euclid(self, rhs: isize) -> isize;
        pub const fn rem_euclid(self, rhs: isize) -> isize;
        pub const fn checked_pow(self, exp: u32) -> Option<isize>;
        pub const fn abs(self) -> isize;
        pub const fn signum(self) -> isize;
        pub const fn is_positive(self) -> bool;
        pub const fn is_negative(self) -> bool;
        pub const fn unsigned_abs(self) -> usize;
        pub const fn abs_diff(self, other: isize) -> usize;
        pub const fn checked_abs(self) -> Option<isize>;
        pub const fn wrapping_abs(self) -> isize;
    }
    impl f32 {
        pub fn abs(self) -> f32;
        pub fn signum(self) -> f32;
        pub fn sqrt(self) -> f32;
        pub fn floor(self) -> f32;
        pub fn ceil(self) -> f32;
        pub fn round(self) -> f32;
        pub fn trunc(self) -> f32;
        pub fn fract(self) -> f32;
        pub fn exp(self) -> f32;
        pub fn ln(self) -> f32;
        pub fn log10(self) -> f32;
        pub fn log2(self) -> f32;
        pub fn sin(self) -> f32;
        pub fn cos(self) -> f32;
        pub fn tan(self) -> f32;
        pub fn recip(self) -> f32;
        pub fn to_degrees(self) -> f32;
        pub fn to_radians(self) -> f32;
        pub fn cbrt(self) -> f32;
        pub fn max(self, other: f32) -> f32;
        pub fn min(self, other: f32) -> f32;
        pub fn powf(self, other: f32) -> f32;
        pub fn atan2(self, other: f32) -> f32;
        pub fn hypot(self, other: f32) -> f32;
        pub fn rem_euclid(self, other: f32) -> f32;
        pub fn div_euclid(self, other: f32) -> f32;
        pub fn log(self, other: f32) -> f32;
        pub fn copysign(self, other: f32) -> f32;
        pub fn powi(self, n: i32) -> f32;
        pub fn mul_add(self, a: f32, b: f32) -> f32;
        pub fn clamp(self, min: f32, max: f32) -> f32;
        pub fn total_cmp(&self, other: &f32) -> Ordering;
        pub const fn is_nan(self) -> bool;
        pub const fn is_infinite(self) -> bool;
        pub const fn is_finite(self) -> bool;
        pub const fn is_normal(self) -> bool;
        pub const fn is_sign_positive(self) -> bool;
        pub const fn is_sign_negative(self) -> bool;
        pub const fn to_bits(self) -> u32;
    }
    impl f64 {
        pub fn abs(self) -> f64;
        pub fn signum(self) -> f64;
        pub fn sqrt(self) -> f64;
        pub fn floor(self) -> f64;
        pub fn ceil(self) -> f64;
        pub fn round(self) -> f64;
        pub fn trunc(self) -> f64;
        pub fn fract(self) -> f64;
        pub fn exp(self) -> f64;
        pub fn ln(self) -> f64;
        pub fn log10(self) -> f64;
        pub fn log2(self) -> f64;
        pub fn sin(self) -> f64;
        pub fn cos(self) -> f64;
        pub fn tan(self) -> f64;
        pub fn recip(self) -> f64;
        pub fn to_degrees(self) -> f64;
        pub fn to_radians(self) -> f64;
        pub fn cbrt(self) -> f64;
        pub fn max(self, other: f64) -> f64;
        pub fn min(self, other: f64) -> f64;
        pub fn powf(self, other: f64) -> f64;
        pub fn atan2(self, other: f64) -> f64;
        pub fn hypot(self, other: f64) -> f64;
        pub fn rem_euclid(self, other: f64) -> f64;
        pub fn div_euclid(self, other: f64) -> f64;
        pub fn log(self, other: f64) -> f64;
        pub fn copysign(self, other: f64) -> f64;
        pub fn powi(self, n: i32) -> f64;
        pub fn mul_add(self, a: f64, b: f64) -> f64;
        pub fn clamp(self, min: f64, max: f64) -> f64;
        pub fn total_cmp(&self, other: &f64) -> Ordering;
        pub const fn is_nan(self) -> bool;
        pub const fn is_infinite(self) -> bool;
        pub const fn is_finite(self) -> bool;
        pub const fn is_normal(self) -> bool;
        pub const fn is_sign_positive(self) -> bool;
        pub const fn is_sign_negative(self) -> bool;
        pub const fn to_bits(self) -> u64;
    }

    use crate::cmp::Ordering;
    use crate::option::Option;
}

// ---------------------------------------------------------------------------
// Exported macro_rules! (core's, re-exported by std; in every crate's macro_use prelude)
// ---------------------------------------------------------------------------

// library/core/src/macros/mod.rs, as rustc 1.95 writes it but for its attributes
// (`#[allow(non_exhaustive_omitted_patterns)]` on the match changes no lowering).
#[macro_export]
macro_rules! matches {
    ($expression:expr, $pattern:pat $(if $guard:expr)? $(,)?) => {
        match $expression {
            $pattern $(if $guard)? => true,
            _ => false
        }
    };
}
