// The syntax layer: every future and every await point, at the exact `await` keyword.
#include "analysis/Analyzer.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

std::shared_ptr<const Snapshot> run(const std::string& text) {
    return analyze({"test.rs", text});
}

std::vector<std::string> names(const Snapshot& s) {
    std::vector<std::string> out;
    for (const auto& f : s.futures) out.push_back(f.name);
    return out;
}

} // namespace

TEST(SyntaxLayer, FindsAsyncFnAndAwaitKeywordPositions) {
    auto s = run("async fn tick() {}\n"
                 "async fn two() {\n"
                 "    tick().await;\n"
                 "    let x = tick()\n"
                 "        .await;\n"
                 "}\n");
    ASSERT_EQ(names(*s), (std::vector<std::string>{"tick", "two"}));
    const FutureInfo& two = s->futures[1];
    EXPECT_EQ(two.position, (TextPosition{2, 10}));
    ASSERT_EQ(two.states.size(), 5u);
    EXPECT_EQ(two.states[0].name, "Unresumed");
    EXPECT_EQ(two.states[1].name, "Suspend0");
    EXPECT_EQ(*two.states[1].awaitKeyword, (TextPosition{3, 12}));
    EXPECT_EQ(*two.states[2].awaitKeyword, (TextPosition{5, 10}));
    EXPECT_EQ(two.states[3].name, "Returned");
    EXPECT_EQ(two.states[4].name, "Panicked");
}

TEST(SyntaxLayer, NamesMethodsTraitImplsDefaultsAndModules) {
    auto s = run("struct S;\ntrait T { async fn d(&self) {} async fn r(&self); }\n"
                 "impl S { async fn m(&self) {} }\n"
                 "impl T for S { async fn r(&self) {} }\n"
                 "mod inner { pub async fn nested() {} }\n");
    EXPECT_EQ(names(*s), (std::vector<std::string>{"T::d", "S::m", "<S as T>::r", "inner::nested"}));
}

TEST(SyntaxLayer, AsyncBlocksAndClosuresAreFuturesOfTheirOwn) {
    auto s = run("async fn f() {}\n"
                 "fn main() {\n"
                 "    let b = async move { f().await; f().await };\n"
                 "    let c = async |x: u32| { f().await; x };\n"
                 "}\n");
    ASSERT_EQ(names(*s), (std::vector<std::string>{"f", "main::{async block}", "main::{async closure}"}));
    EXPECT_EQ(s->futures[1].kind, FutureKind::AsyncBlock);
    EXPECT_EQ(s->futures[1].position, (TextPosition{3, 13}));
    EXPECT_EQ(s->futures[1].suspendCount(), 2);
    EXPECT_EQ(s->futures[2].kind, FutureKind::AsyncClosure);
    EXPECT_EQ(s->futures[2].position, (TextPosition{4, 13}));
    EXPECT_EQ(s->futures[2].suspendCount(), 1);
}

TEST(SyntaxLayer, AwaitsInsideMacroArgumentsAreFound) {
    auto s = run("async fn g() -> u8 { 1 }\n"
                 "async fn f() {\n"
                 "    println!(\"{}\", g().await);\n"
                 "    let v = vec![g().await, g().await];\n"
                 "}\n");
    const FutureInfo& f = s->futures[1];
    ASSERT_EQ(f.suspendCount(), 3);
    EXPECT_EQ(*f.states[1].awaitKeyword, (TextPosition{3, 24}));
    EXPECT_EQ(*f.states[2].awaitKeyword, (TextPosition{4, 22}));
    EXPECT_EQ(*f.states[3].awaitKeyword, (TextPosition{4, 33}));
}

TEST(SyntaxLayer, JoinAndSelectAreOneSuspensionEachPlusHandlerAwaits) {
    auto s = run("async fn g() -> u8 { 1 }\n"
                 "async fn f() {\n"
                 "    let (a, b) = tokio::join!(g(), g());\n"
                 "    tokio::select! {\n"
                 "        v = g() => { g().await; }\n"
                 "        _ = async { g().await } => {}\n"
                 "    }\n"
                 "}\n");
    ASSERT_EQ(s->futures.size(), 3u);
    const FutureInfo& f = s->futures[1];
    ASSERT_EQ(f.suspendCount(), 3);
    EXPECT_EQ(*f.states[1].awaitKeyword, (TextPosition{3, 18}));
    EXPECT_EQ(*f.states[2].awaitKeyword, (TextPosition{4, 5}));
    EXPECT_EQ(*f.states[3].awaitKeyword, (TextPosition{5, 26}));
    EXPECT_EQ(s->futures[2].name, "f::{async block}");
    EXPECT_EQ(s->futures[2].suspendCount(), 1);
}

TEST(SyntaxLayer, BrokenFileStillFindsLaterFunctionsAndReportsErrors) {
    auto s = run("async fn a() { let x = ; }\n"
                 "fn broken( {\n"
                 "async fn later() { a().await; }\n");
    EXPECT_FALSE(s->parseErrors.empty());
    bool foundLater = false;
    for (const auto& f : s->futures) foundLater = foundLater || (f.name == "later" && f.suspendCount() == 1);
    EXPECT_TRUE(foundLater);
}

TEST(SyntaxLayer, PositionsCountCharactersNotBytes) {
    auto s = run("async fn g() {}\nasync fn f() { let é = \"ü\"; g().await; }\n");
    EXPECT_EQ(*s->futures[1].states[1].awaitKeyword, (TextPosition{2, 33}));
}
