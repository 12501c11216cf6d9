// Types the lowering settles from later uses, as rustc's inference does: an unsuffixed
// number is `{integer}` until an operation or an argument pins it (i32 / f64 if nothing
// does), and `Vec::new()` / `HashMap::new()` get their element types from the first call
// that inserts into them.
#include "analysis/Analyzer.h"

#include <gtest/gtest.h>
#include <map>

using namespace awaitscope;

namespace {

/// The type of every local saved in any Suspend state of the future `name`.
std::map<std::string, std::string> savedTypes(const std::string& source, const std::string& name) {
    const auto s = analyze({"inference.rs", source, Edition::E2021});
    std::map<std::string, std::string> out;
    const FutureInfo* f = s->findFuture(name);
    if (!f) return out;
    for (const State& state : f->states)
        for (const SavedField& field : state.fields)
            if (field.kind == FieldKind::Local && field.name) out[*field.name] = field.type.value_or("unknown");
    return out;
}

} // namespace

TEST(LocalInference, UnsuffixedNumbersTakeTheTypeTheirUsesPin) {
    const auto types = savedTypes(R"(use std::time::Duration;
async fn tick() {}
pub async fn run(names: Vec<String>) -> u64 {
    let mut total = 0u64;
    let mut round = 0;
    let step = round * 3;
    let width = 4;
    let delay = 10;
    let ratio = 0.5;
    let free = 7;
    tick().await;
    total += step;
    round += 1;
    tokio::time::sleep(Duration::from_millis(delay)).await;
    let _ = (names.len() + width, ratio, free);
    total + round
}
)",
                                  "run");
    EXPECT_EQ(types.at("round"), "u64") << "through `step`, which `total += step` pins";
    EXPECT_EQ(types.at("step"), "u64");
    EXPECT_EQ(types.at("width"), "usize") << "`len() + width`";
    EXPECT_EQ(types.at("delay"), "u64") << "the argument of Duration::from_millis";
    EXPECT_EQ(types.at("ratio"), "f64") << "nothing pins it: rustc's fallback";
    EXPECT_EQ(types.at("free"), "i32") << "nothing pins it: rustc's fallback";
}

TEST(LocalInference, StructFieldsAndTheReturnTypePinNumbersToo) {
    const auto types = savedTypes(R"(struct Point { x: i64, y: u8 }
async fn tick() {}
pub async fn run() -> u64 {
    let a = 3;
    let b = 4;
    let n = 0;
    tick().await;
    let p = Point { x: a, y: b };
    let _ = p.x + p.y as i64;
    let early = 9;
    if a > 10 {
        return early;
    }
    tick().await;
    let _copy = early;
    n
}
)",
                                  "run");
    EXPECT_EQ(types.at("a"), "i64");
    EXPECT_EQ(types.at("b"), "u8");
    EXPECT_EQ(types.at("n"), "u64") << "the tail of an async fn returning u64";
    EXPECT_EQ(types.at("early"), "u64") << "`return early;`";
}

TEST(LocalInference, EmptyCollectionsTakeTheirElementTypesFromTheFirstInsert) {
    const auto types = savedTypes(R"(use std::collections::HashMap;
async fn tick() {}
pub async fn run(names: Vec<String>) -> usize {
    let mut seen = Vec::new();
    let mut index = HashMap::new();
    for name in names {
        seen.push(name.clone());
        index.insert(name, 1u32);
    }
    tick().await;
    seen.len() + index.len()
}
)",
                                  "run");
    EXPECT_EQ(types.at("seen"), "Vec<String>");
    EXPECT_EQ(types.at("index"), "HashMap<String, u32>");
}

TEST(LocalInference, AGenericParametersDeclaredBoundsSettleItsVerdicts) {
    const auto s = analyze({"bounds.rs", R"(async fn hold<T: Send + std::fmt::Debug>(value: T) -> String {
    tokio::task::yield_now().await;
    format!("{value:?}")
}
async fn keep<T>(value: T) -> usize where T: Sync + Send + AsRef<str> {
    tokio::task::yield_now().await;
    value.as_ref().len()
}
async fn loose<T: std::fmt::Debug>(value: T) -> String {
    tokio::task::yield_now().await;
    format!("{value:?}")
}
)",
                            Edition::E2021});
    ASSERT_NE(s->findFuture("hold"), nullptr);
    EXPECT_EQ(s->findFuture("hold")->send, Verdict::Yes) << "`T: Send`";
    EXPECT_EQ(s->findFuture("hold")->sync, Verdict::Unknown) << "nothing says `T: Sync`";
    EXPECT_EQ(s->findFuture("keep")->sync, Verdict::Yes) << "a where clause counts too";
    EXPECT_EQ(s->findFuture("loose")->send, Verdict::Unknown) << "no bound: unknown, never yes";
}

// A closure returns its body's type, so a generic fn bounded by `F: FnOnce() -> R` learns R
// from it. Expected from rustc 1.95 (rustc-oracle, -Zprint-type-sizes): `counted` 16 bytes,
// `synced` 8, `pair` 16, the whole future 72.
TEST(LocalInference, AClosureReturnsItsBodysType) {
    const std::string source = R"(use std::io;
use std::sync::Arc;
fn run<F, T>(f: F) -> io::Result<T>
where
    F: FnOnce() -> io::Result<T>,
{
    f()
}
fn later<F: FnOnce() -> R, R>(f: F) -> R { f() }
async fn tick() {}
pub async fn user(x: u64, file: Arc<std::fs::File>) {
    let counted = run(move || Ok(x));
    let synced = run(move || file.sync_all());
    let pair = later(|| (x, 1u8));
    tick().await;
    drop((counted, synced, pair));
}
)";
    const auto types = savedTypes(source, "user");
    EXPECT_EQ(types.at("counted"), "Result<u64, std::io::Error>") << "T from `Ok(x)`";
    EXPECT_EQ(types.at("synced"), "Result<(), std::io::Error>") << "through Arc's Deref to File::sync_all";
    EXPECT_EQ(types.at("pair"), "(u64, u8)");
    const auto s = analyze({"inference.rs", source, Edition::E2021});
    const FutureInfo* user = s->findFuture("user");
    ASSERT_TRUE(user);
    EXPECT_EQ(user->size, 72);
}

// A generic async fn's future awaited with a closure argument is laid out for that
// instance: rustc decides what the body saves on the generic body and sizes it with the
// call's arguments. Expected from rustc 1.95 (rustc-oracle): asyncify<{closure}, u64> is
// 16 bytes; `user` 56, `user2` 32.
TEST(LocalInference, AGenericAsyncFnIsLaidOutForTheInstanceAwaited) {
    const auto s = analyze({"inference.rs", R"(use std::io;
async fn asyncify<F, T>(f: F) -> io::Result<T>
where
    F: FnOnce() -> io::Result<T> + Send + 'static,
    T: Send + 'static,
{
    f()
}
async fn user(x: u64) -> io::Result<u64> {
    let v = vec![1u8];
    let r = asyncify(move || Ok(x)).await?;
    drop(v);
    Ok(r)
}
async fn user2(x: u64) -> io::Result<u64> {
    asyncify(move || Ok(x)).await
}
)",
                            Edition::E2021});
    const FutureInfo* user = s->findFuture("user");
    const FutureInfo* user2 = s->findFuture("user2");
    ASSERT_TRUE(user && user2);
    EXPECT_EQ(user->size, 56);
    EXPECT_EQ(user2->size, 32);
    // Both instances (two closures holding a u64) lay out alike, so the one generic future
    // of the report has their size.
    EXPECT_EQ(s->findFuture("asyncify")->size, 16);
}

// A generic async fn is laid out once per instance the file makes (rustc_monomorphize
// collects them; -Zprint-type-sizes prints each), also from a non-async fn's call. The
// report's one future per generic fn has the instances' size where they all agree and none
// where they differ. Expected from rustc 1.95 (rustc-oracle): hold<u8> 4 bytes (from `small`
// and from `start`); keep<u32> 16 and keep<[u64; 4]> 104 bytes.
TEST(LocalInference, AGenericAsyncFnHasItsInstancesSizeOnlyWhereTheyAgree) {
    const auto s = analyze({"instances.rs", R"(async fn tick() {}
async fn hold<T>(t: T) -> usize {
    tick().await;
    std::mem::size_of_val(&t)
}
async fn keep<T: Clone>(t: T) -> T {
    let copy = t.clone();
    tick().await;
    copy
}
pub async fn small() -> usize {
    hold(1u8).await + hold(2u8).await
}
pub async fn both() -> usize {
    let a = keep(3u32).await;
    let b = keep([7u64; 4]).await;
    a as usize + b.len()
}
pub fn start() -> impl std::future::Future<Output = usize> {
    hold(9u8)
}
)",
                            Edition::E2021});
    ASSERT_TRUE(s->findFuture("hold") && s->findFuture("keep") && s->findFuture("both"));
    EXPECT_EQ(s->findFuture("hold")->size, 4);
    EXPECT_FALSE(s->findFuture("keep")->size) << "keep<u32> and keep<[u64; 4]> differ";
    EXPECT_EQ(s->findFuture("both")->size, 112);
    EXPECT_EQ(s->findFuture("small")->size, 24);
}

// A retry helper taking its operation as an `impl Trait` parameter, called with a closure.
const char* const kRetryThroughImplTrait = R"(use std::io;
async fn tick() {}
pub struct Socket { fd: i32 }
impl Socket {
    fn send(&self, buf: &[u8]) -> io::Result<usize> { Ok(buf.len() + self.fd as usize) }
}
pub async fn retry<R>(mut op: impl FnMut() -> io::Result<R>) -> io::Result<R> {
    tick().await;
    op()
}
pub async fn send(socket: &Socket, buf: &[u8]) -> io::Result<usize> {
    let sent = retry(|| socket.send(buf)).await;
    tick().await;
    sent
}
)";

// An `impl Trait` parameter is a generic parameter in disguise (rustc_ast_lowering: impl
// Trait in argument position is a synthetic type parameter), so its bound ties the fn's
// other parameters as a where-clause would: `op: impl FnMut() -> io::Result<R>` learns R
// from the closure's body. Expected from rustc 1.95 (rustc-oracle): `sent` is saved at
// Suspend1 as a 16-byte io::Result<usize>.
TEST(LocalInference, AnImplTraitParametersBoundSettlesTheCallsGenerics) {
    const auto types = savedTypes(kRetryThroughImplTrait, "send");
    EXPECT_EQ(types.at("sent"), "Result<usize, std::io::Error>");
}

// An `impl Trait` parameter's value at a call is the argument's type, as a generic
// parameter's is, so the callee's future is laid out for that instance. Expected from
// rustc 1.95 (rustc-oracle): retry<usize, {closure}> is 56 bytes (the closure, 24, saved
// twice), `send` 104.
TEST(LocalInference, AnImplTraitParameterIsLaidOutWithTheArgumentsType) {
    const auto s = analyze({"inference.rs", kRetryThroughImplTrait, Edition::E2021});
    const FutureInfo* send = s->findFuture("send");
    ASSERT_TRUE(send);
    EXPECT_EQ(send->size, 104);
    EXPECT_EQ(s->findFuture("retry")->size, 56) << "the one instance the file makes";
}
