// Every future is its own: typed ids, names that tell two async blocks of one fn apart,
// rustc's own name of each coroutine, and consumers that find a future by its identity.
// Expected rustc names come from /work/shared/tools/rustc-oracle (rustc 1.95, tokio 1.24):
// the `LAYOUT {...}` lines of -Zprint-type-sizes for the same sources.
#include "analysis/Analyzer.h"
#include "export/DiagramExporter.h"
#include "graph/PropagationPathGraph.h"

#include <gtest/gtest.h>

#include <map>

using namespace awaitscope;

namespace {

std::shared_ptr<const Snapshot> run(const std::string& file, const std::string& text) {
    return analyze({file, text, Edition::E2021});
}

/// name -> rustc_name ("null" where unknown)
std::map<std::string, std::string> rustcNames(const Snapshot& s) {
    std::map<std::string, std::string> out;
    for (const FutureInfo& f : s.futures) out[f.name] = f.rustcName.value_or("null");
    return out;
}

const char* kTwoBlocks = R"rs(use std::rc::Rc;
async fn work() {}
fn main() {
    let a = Rc::new(1);
    let ok = async { work().await };
    let bad = async move { work().await; println!("{}", a) };
    tokio::spawn(ok);
    tokio::spawn(bad);
}
)rs";

const char* k_names = R"rs(use std::rc::Rc;

async fn work() {}

struct Server;
trait Handler { async fn handle(&self) -> u8; async fn dflt(&self) -> u8 { 1 } }
impl Server {
    async fn compute(&self) -> u8 { work().await; 1 }
}
impl Handler for Server {
    async fn handle(&self) -> u8 { work().await; 2 }
}
mod inner {
    pub async fn deep() { super::work().await; }
    pub struct G<T>(pub T);
    impl<T> G<T> { pub async fn gen(&self) { super::work().await; } }
}

fn two(a: Rc<i32>) {
    let ok = async { work().await };
    let bad = async move { work().await; println!("{}", a) };
    let c = async move |x: u8| { work().await; x };
    let _ = (ok, bad, c(1));
    let _m = async {
        work().await
    };
}

#[tokio::main]
async fn main() {
    let s = Server;
    s.compute().await;
    s.handle().await;
    s.dflt().await;
    inner::deep().await;
    inner::G(1u8).gen().await;
    two(Rc::new(1));
    let cl = async |x: u8| x;
    cl(3).await;
    let b = async move { 5 }; b.await;
}
)rs";

const char* k_n2 = R"rs(async fn work() -> u8 { 1 }
async fn gen<T: Send>(t: T) -> T { work().await; t }
async fn life(s: &str) -> usize { work().await; s.len() }
mod m {
    pub struct S;
    pub trait T { async fn t(&self); }
    impl S { pub async fn a(&self) { super::work().await; } }
    impl T for S { async fn t(&self) { super::work().await; } }
}
#[tokio::main(flavor = "current_thread")]
async fn main() {
    gen(1u8).await;
    life("x").await;
    m::S.a().await;
    use m::T;
    m::S.t().await;
    let x = async move
    {
        work().await
    };
    x.await;
}
)rs";

const char* k_n3 = R"rs(async fn work() -> u8 { 1 }
#[tokio::main]
async fn main() {
    let v = work().await;
    if v > 0 {
        println!("{v}");
    }
}
)rs";

const char* k_n4 = R"rs(async fn work() -> u8 { 1 }
#[tokio::main]
async fn main() -> Result<(), String> {
    work().await;
    Ok(())
}
)rs";

const char* k_n6 = R"rs(async fn step() {}
trait Tr {
    async fn m(&self) -> u8;
}
impl Tr for i32 {
    async fn m(&self) -> u8 {
        1
    }
}
impl Tr for () {
    async fn m(&self) -> u8 {
        2
    }
}
struct S;
impl S {
    fn plain(&self) -> u8 {
        async fn helper() {}
        let _ = helper();
        3
    }
}
fn outer_fn() {
    async fn nested() {
        step().await;
    }
    let _ = nested();
}
async fn outer() {
    async fn inner() {}
    inner().await;
}
fn main() {
    let _ = 1i32.m();
    let _ = ().m();
    let _ = S.plain();
    outer_fn();
    let _ = outer();
}
)rs";

const char* k_n5 = R"rs(async fn work() -> u8 { 1 }
async fn f<'a>(x: &'a str) -> usize { work().await; x.len() }
struct W<'a>(&'a str);
impl<'a> W<'a> { async fn m(&self) -> usize { work().await; self.0.len() } }
struct Z;
impl Z { async fn n(self) { let c = async || { work().await }; c().await; } }
fn main() {
    let _ = f("x");
    let _ = W("y").m();
    let _ = Z.n();
}
)rs";

} // namespace

TEST(FutureIdentity, TwoAsyncBlocksOfOneFnAreTwoFutures) {
    const auto s = run("two.rs", kTwoBlocks);
    ASSERT_EQ(s->futures.size(), 3u);
    EXPECT_EQ(s->futures[1].name, "main::{async block}");
    EXPECT_EQ(s->futures[2].name, "main::{async block#1}");
    for (size_t i = 0; i < s->futures.size(); ++i) {
        EXPECT_EQ(s->futures[i].id, FutureId{static_cast<int>(i)});
        EXPECT_EQ(s->futures[i].id.text(), "f" + std::to_string(i));
    }
}

TEST(FutureIdentity, TheSendErrorAtTheSecondSpawnIsAboutTheSecondBlock) {
    const auto s = run("two.rs", kTwoBlocks);
    ASSERT_EQ(s->diagnostics.size(), 1u);
    const Diagnostic& d = s->diagnostics[0];
    EXPECT_EQ(d.range.start.line, 8);
    EXPECT_EQ(d.futureId, s->futures[2].id);
    EXPECT_EQ(d.future, "main::{async block#1}");
    ASSERT_EQ(s->futureOf(d), &s->futures[2]);
    // The path is drawn through the second block: its own node, its upvars.
    const PathStep path = PropagationPathGraph(s.get()).pathOf(d);
    ASSERT_EQ(path.children.size(), 1u);
    EXPECT_EQ(path.children[0].id, "future:f2");
    EXPECT_EQ(path.children[0].text, "future of `main::{async block#1}`");
    EXPECT_EQ(path.children[0].rows.at(0).text, "async block at 6:15");
}

TEST(FutureIdentity, ExportFutureAcceptsEveryNameTheReportPrints) {
    const auto s = run("two.rs", kTwoBlocks);
    for (const FutureInfo& f : s->futures) {
        std::string error;
        EXPECT_EQ(DiagramExporter::chooseFuture(*s, f.name, error), &f) << f.name << ": " << error;
    }
    ExportRequest request;
    request.view = "path";
    request.future = "main::{async block#1}";
    std::string error;
    EXPECT_EQ(DiagramExporter::chooseDiagnostic(*s, request, error), &s->diagnostics[0]) << error;
    request.future = "main::{async block}"; // Send: no diagnostic is about it
    EXPECT_EQ(DiagramExporter::chooseDiagnostic(*s, request, error), nullptr);
}

TEST(FutureIdentity, IdsAreStableWhileTheTextIsUnchanged) {
    const auto a = run("names.rs", k_names), b = run("names.rs", k_names);
    ASSERT_EQ(a->futures.size(), b->futures.size());
    for (size_t i = 0; i < a->futures.size(); ++i) {
        EXPECT_EQ(a->futures[i].id, b->futures[i].id);
        EXPECT_EQ(a->futures[i].name, b->futures[i].name);
    }
}

TEST(FutureIdentity, RustcNamesOfFnsMethodsBlocksClosuresAndTokioMain) {
    const std::map<std::string, std::string> expected = {
        {"work", "{async fn body of work()}"},
        {"Server::compute", "{async fn body of Server::compute()}"},
        {"<Server as Handler>::handle", "{async fn body of <Server as Handler>::handle()}"},
        {"Handler::dflt", "null"}, // rustc names it per implementing type
        {"inner::deep", "{async fn body of inner::deep()}"},
        {"inner::G::gen", "null"}, // generic impl: `inner::G<u8>::gen()` per instance
        {"two::{async block}", "{async block@names.rs:20:14: 20:19}"},
        {"two::{async block#1}", "{async block@names.rs:21:15: 21:25}"},
        {"two::{async closure}", "{async closure body@names.rs:22:32: 22:51}"},
        {"two::{async block#2}", "{async block@names.rs:24:14: 24:19}"},
        {"main", "{async block@names.rs:40:38: 40:39}"}, // tokio::main: the last statement's `;`
        {"main::{async closure}", "{async closure body@names.rs:38:28: 38:29}"},
        {"main::{async block}", "{async block@names.rs:40:13: 40:23}"},
    };
    EXPECT_EQ(rustcNames(*run("names.rs", k_names)), expected);
}

TEST(FutureIdentity, RustcNamesInModulesWithLifetimesAndGenerics) {
    const std::map<std::string, std::string> n2 = {
        {"work", "{async fn body of work()}"},
        {"gen", "null"}, // rustc: gen<u8>(), per instance
        {"life", "{async fn body of life()}"},
        {"m::S::a", "{async fn body of m::S::a()}"},
        {"m::<S as T>::t", "{async fn body of <m::S as m::T>::t()}"},
        {"main", "{async block@n2.rs:21:12: 21:13}"},
        {"main::{async block}", "{async block@n2.rs:17:13: 17:23}"},
    };
    EXPECT_EQ(rustcNames(*run("n2.rs", k_n2)), n2);
    const std::map<std::string, std::string> n5 = {
        {"work", "{async fn body of work()}"},
        {"f", "{async fn body of f()}"},
        {"W::m", "{async fn body of W<'_>::m()}"},
        {"Z::n", "{async fn body of Z::n()}"},
        {"Z::n::{async closure}", "{async closure body@n5.rs:6:46: 6:62}"},
    };
    EXPECT_EQ(rustcNames(*run("n5.rs", k_n5)), n5);
}

// Names checked against rustc 1.95's layouts (-Zprint-type-sizes) of the same file: a fn
// item in a fn's body is that fn's def-path child (in an async fn, of its body's
// `{closure#0}`), and a built-in self type is printed as written.
TEST(FutureIdentity, RustcNamesOfNestedFnsAndImplsOnBuiltinTypes) {
    const std::map<std::string, std::string> expected = {
        {"step", "{async fn body of step()}"},
        {"<i32 as Tr>::m", "{async fn body of <i32 as Tr>::m()}"},
        {"<() as Tr>::m", "{async fn body of <() as Tr>::m()}"},
        {"S::helper", "{async fn body of S::plain::helper()}"},
        {"nested", "{async fn body of outer_fn::nested()}"},
        {"outer", "{async fn body of outer()}"},
        {"inner", "{async fn body of outer::{closure#0}::inner()}"},
    };
    EXPECT_EQ(rustcNames(*run("n6.rs", k_n6)), expected);
}

TEST(FutureIdentity, TokioMainIsNamedByTheLastTokenTreeOfItsLastStatement) {
    // tokio-macros 1.7 spans `async #body` at the last statement's last token: a
    // delimited group counts as one token (`{ ... }` of an `if`, `(())` of `Ok(())`).
    EXPECT_EQ(run("n3.rs", k_n3)->futures.at(1).rustcName, "{async block@n3.rs:5:14: 7:6}");
    EXPECT_EQ(run("n4.rs", k_n4)->futures.at(1).rustcName, "{async block@n4.rs:5:7: 5:11}");
}
