// Fixes decide by the type and the resolved callee, never by the text a type prints as
// (issue 11, item 3). Each case writes the type so that its printed text misleads a
// string match: through a `type` alias, a `use ... as` rename, a local item that makes
// rustc print the full path, or a user type whose name ends in `Cell`. What rustc 1.95
// says about each source (/work/shared/tools/rustc-oracle) is quoted next to it.
#include "analysis/Analyzer.h"
#include "diagnostics/FixApplier.h"
#include "diagnostics/TypeMatch.h"
#include "types/Type.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

const Fix* fixTitled(const Diagnostic& d, const std::string& words) {
    for (const Fix& f : d.fixes)
        if (f.title.find(words) != std::string::npos) return &f;
    return nullptr;
}

/// The one diagnostic of `source`, its Rc -> Arc fix applied, analysed again: no diagnostic.
std::string applyArcFix(const std::string& source) {
    const auto s = analyze({"shared.rs", source, Edition::E2021});
    EXPECT_EQ(s->diagnostics.size(), 1u);
    if (s->diagnostics.empty()) return "";
    const Fix* arc = fixTitled(s->diagnostics[0], "instead of `Rc`");
    EXPECT_NE(arc, nullptr) << "no Rc -> Arc fix for\n" << source;
    if (!arc) return "";
    const AppliedFix fixed = FixApplier(source).apply(*arc);
    EXPECT_TRUE(fixed.ok()) << fixed.error;
    EXPECT_TRUE(analyze({"fixed.rs", fixed.text, Edition::E2021})->diagnostics.empty()) << fixed.text;
    return fixed.text;
}

const std::string kSpawnHold = R"(
async fn tick() {}

async fn hold(counter: Shared<u32>) {
    tick().await;
    println!("{}", counter);
}

pub fn start() {
    tokio::spawn(hold(Shared::new(1)));
}
)";

} // namespace

TEST(FixByType, LeafTypeIsTheTypeNotItsText) {
    const auto s = analyze({"alias.rs", "type Shared<T> = std::rc::Rc<T>;\n" + kSpawnHold, Edition::E2021});
    ASSERT_EQ(s->diagnostics.size(), 1u);
    const auto leaves = s->diagnostics[0].allLeaves();
    ASSERT_EQ(leaves.size(), 1u);
    EXPECT_EQ(leaves[0]->type, "Rc<u32>"); // rustc: "the trait `Send` is not implemented for `Rc<u32>`"
    EXPECT_TRUE(isAdt(leaves[0]->ty, "std::rc::Rc"));
    ASSERT_EQ(s->diagnostics[0].causes.size(), 1u);
    EXPECT_TRUE(isAdt(s->diagnostics[0].causes[0].ty, "std::rc::Rc"));
}

TEST(FixByType, RcToArcThroughATypeAlias) {
    const std::string fixed = applyArcFix("type Shared<T> = std::rc::Rc<T>;\n" + kSpawnHold);
    EXPECT_NE(fixed.find("type Shared<T> = std::sync::Arc<T>;"), std::string::npos) << fixed;
}

TEST(FixByType, RcToArcThroughAUseAsRename) {
    const std::string fixed = applyArcFix("use std::rc::Rc as Shared;\n" + kSpawnHold);
    EXPECT_NE(fixed.find("use std::sync::Arc as Shared;"), std::string::npos) << fixed;
}

// A local item named `Rc` makes rustc print the full path: "the trait `Send` is not
// implemented for `std::rc::Rc<u32>`" (rustc 1.95). A match on the text "Rc<" misses it.
TEST(FixByType, RcToArcWhenRustcPrintsTheFullPath) {
    const std::string source = R"(use std::rc::Rc;

mod tally {
    pub struct Rc;
}

async fn tick() {}

async fn hold(counter: Rc<u32>) {
    tick().await;
    println!("{}", counter);
}

pub fn start() {
    let _ = tally::Rc;
    tokio::spawn(hold(Rc::new(1)));
}
)";
    const auto s = analyze({"full_path.rs", source, Edition::E2021});
    ASSERT_EQ(s->diagnostics.size(), 1u);
    ASSERT_EQ(s->diagnostics[0].allLeaves().size(), 1u);
    EXPECT_EQ(s->diagnostics[0].allLeaves()[0]->type, "std::rc::Rc<u32>");
    applyArcFix(source);
}

// `ScoreCell` is a plain struct, Send and Sync: `Arc<ScoreCell<u32>>` is Send, and rustc
// 1.95 compiles the fixed file. A text search for "Cell<" took it for a std cell and
// refused the fix.
TEST(FixByType, RcToArcWhenAUserTypeIsNamedLikeACell) {
    const std::string source = R"(use std::rc::Rc;

struct ScoreCell<T>(T);

async fn tick() {}

async fn hold(score: Rc<ScoreCell<u32>>) {
    tick().await;
    println!("{}", score.0);
}

pub fn start() {
    tokio::spawn(hold(Rc::new(ScoreCell(1))));
}
)";
    const std::string fixed = applyArcFix(source);
    EXPECT_NE(fixed.find("score: Arc<ScoreCell<u32>>"), std::string::npos) << fixed;
}

// What the Rc shares decides, by its type: a std cell inside is never Sync, so Arc would
// not make it Send (rustc 1.95: "the trait `Send` is not implemented for
// `Rc<RefCell<u32>>`"; `Arc<T>: Send` needs `T: Sync`, which a RefCell never is).
TEST(FixByType, NoArcFixWhenTheRcSharesAStdCellUnderAnAlias) {
    const std::string source = R"(use std::rc::Rc;
type Slot = std::cell::RefCell<u32>;

async fn tick() {}

async fn hold(slot: Rc<Slot>) {
    tick().await;
    *slot.borrow_mut() += 1;
}

pub fn start() {
    tokio::spawn(hold(Rc::new(Slot::new(1))));
}
)";
    const auto s = analyze({"cell_alias.rs", source, Edition::E2021});
    ASSERT_EQ(s->diagnostics.size(), 1u);
    EXPECT_EQ(fixTitled(s->diagnostics[0], "`Arc` (thread-safe) instead of `Rc`"), nullptr);
}

TEST(FixByType, TypeMatchReadsCanonicalPaths) {
    const TypePtr rc = adtType("std::rc::Rc", {adtType("std::cell::RefCell", {primitiveType("u8")})});
    EXPECT_TRUE(isAdt(rc, "std::rc::Rc"));
    EXPECT_FALSE(isAdt(rc, "std::sync::Arc"));
    EXPECT_TRUE(containsAdt(rc, "std::cell::RefCell"));
    EXPECT_TRUE(containsAdtIn(rc, "std::cell"));
    EXPECT_FALSE(containsAdtIn(adtType("crate::ScoreCell", {primitiveType("u8")}), "std::cell"));
    EXPECT_FALSE(containsAdtIn(adtType("std::cellar::Cell", {}), "std::cell"));
    EXPECT_TRUE(isAdtOf(adtType("std::cell::Cell", {primitiveType("isize")}), "std::cell::Cell", "isize"));
    EXPECT_FALSE(isAdtOf(adtType("std::cell::Cell", {primitiveType("i32")}), "std::cell::Cell", "isize"));
    EXPECT_FALSE(isAdt(nullptr, "std::rc::Rc"));
}
