// The lock-swapping fixes rewrite every use of a lock in the file, so they must refuse
// whenever one use is something they cannot rewrite. Whether rustc accepts the fixes they
// do offer is recorded in tests/data/fixes/rustc-check.txt.
#include "analysis/Analyzer.h"
#include "diagnostics/FixApplier.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

std::vector<std::string> fixTitles(const std::string& source) {
    const auto s = analyze({"locks.rs", source, Edition::E2021});
    std::vector<std::string> out;
    for (const Diagnostic& d : s->diagnostics)
        for (const Fix& f : d.fixes) out.push_back(f.title);
    return out;
}

bool offers(const std::vector<std::string>& titles, const std::string& what) {
    for (const std::string& t : titles)
        if (t.find(what) != std::string::npos) return true;
    return false;
}

const std::string kHeldStdGuard = R"(use std::sync::{Arc, Mutex};

async fn bump(counter: Arc<Mutex<u64>>) {
    let mut guard = counter.lock().unwrap();
    tokio::task::yield_now().await;
    *guard += 1;
}

pub fn start(counter: Arc<Mutex<u64>>) {
    tokio::spawn(bump(counter));
}
)";

} // namespace

TEST(LockSwapFix, StdMutexBecomesTokiosAndTheImportIsSplit) {
    const auto s = analyze({"locks.rs", kHeldStdGuard, Edition::E2021});
    ASSERT_EQ(s->diagnostics.size(), 1u);
    const Fix* swap = nullptr;
    for (const Fix& f : s->diagnostics[0].fixes)
        if (f.title.find("tokio::sync::Mutex") != std::string::npos) swap = &f;
    ASSERT_NE(swap, nullptr);
    const AppliedFix fixed = FixApplier(kHeldStdGuard).apply(*swap);
    ASSERT_TRUE(fixed.ok()) << fixed.error;
    EXPECT_NE(fixed.text.find("use std::sync::Arc;\nuse tokio::sync::Mutex;\n"), std::string::npos) << fixed.text;
    EXPECT_NE(fixed.text.find("let mut guard = counter.lock().await;"), std::string::npos) << fixed.text;
    EXPECT_TRUE(analyze({"fixed.rs", fixed.text, Edition::E2021})->diagnostics.empty());
}

TEST(LockSwapFix, NotOfferedWhenAPlainClosureAlsoLocks) {
    std::string source = kHeldStdGuard;
    source.replace(source.find("    *guard += 1;"), 16,
                   "    *guard += 1;\n    let peek = || *counter.lock().unwrap();\n    drop(peek);");
    const auto titles = fixTitles(source);
    ASSERT_TRUE(offers(titles, "spawn_local")) << "the problem itself is found";
    EXPECT_FALSE(offers(titles, "tokio::sync::Mutex")) << "`.await` cannot go in a plain closure";
}

TEST(LockSwapFix, NotOfferedNextToACondvar) {
    std::string source = kHeldStdGuard;
    source.replace(0, 28, "use std::sync::{Arc, Condvar, Mutex};");
    source += "pub fn signal(c: &Condvar) { c.notify_one(); }\n";
    const auto titles = fixTitles(source);
    ASSERT_TRUE(offers(titles, "spawn_local")) << "the problem itself is found";
    EXPECT_FALSE(offers(titles, "tokio::sync::Mutex"));
}

TEST(LockSwapFix, RefCellBecomesAStdMutexWhenNoBorrowCrossesAnAwait) {
    const std::string source = R"(use std::cell::RefCell;
use std::sync::Arc;

async fn tally(shared: Arc<RefCell<u32>>) {
    tokio::task::yield_now().await;
    *shared.borrow_mut() += 1;
}

pub fn start(shared: Arc<RefCell<u32>>) {
    tokio::spawn(tally(shared));
}
)";
    const auto s = analyze({"cells.rs", source, Edition::E2021});
    ASSERT_EQ(s->diagnostics.size(), 1u);
    const Fix& fix = s->diagnostics[0].fixes.at(0);
    EXPECT_EQ(fix.title, "Use `std::sync::Mutex` instead of `RefCell` (a `RefCell` is never `Sync`)");
    const AppliedFix fixed = FixApplier(source).apply(fix);
    ASSERT_TRUE(fixed.ok()) << fixed.error;
    EXPECT_NE(fixed.text.find("*shared.lock().unwrap() += 1;"), std::string::npos) << fixed.text;
    EXPECT_NE(fixed.text.find("use std::sync::Mutex;"), std::string::npos) << fixed.text;
    EXPECT_TRUE(analyze({"fixed.rs", fixed.text, Edition::E2021})->diagnostics.empty());
}

TEST(LockSwapFix, RefCellNotSwappedWhenADeriveNeedsIt) {
    const std::string source = R"(use std::cell::RefCell;
use std::sync::Arc;

#[derive(Clone)]
struct Tally {
    count: RefCell<u32>,
}

async fn tally(shared: Arc<Tally>) {
    tokio::task::yield_now().await;
    *shared.count.borrow_mut() += 1;
}

pub fn start(shared: Arc<Tally>) {
    tokio::spawn(tally(shared));
}
)";
    const auto titles = fixTitles(source);
    ASSERT_FALSE(titles.empty()) << "the problem itself is found";
    EXPECT_FALSE(offers(titles, "instead of `RefCell`")) << "a Mutex is not Clone";
}

TEST(LockSwapFix, RefCellSwappedWhenTheDerivesAreOnesAMutexHas) {
    // Mutex implements Debug and Default: a derive of those, in any order, stays valid.
    const std::string source = R"(use std::cell::RefCell;
use std::sync::Arc;

#[derive(Default,   Debug)]
struct Tally {
    count: RefCell<u32>,
}

async fn tally(shared: Arc<Tally>) {
    tokio::task::yield_now().await;
    *shared.count.borrow_mut() += 1;
}

pub fn start(shared: Arc<Tally>) {
    tokio::spawn(tally(shared));
}
)";
    EXPECT_TRUE(offers(fixTitles(source), "instead of `RefCell`"));
}

TEST(LockSwapFix, RefCellNotSwappedWhenTwoBorrowsWouldHoldTheMutexTogether) {
    // Two shared borrows of a RefCell are fine; two locks of one Mutex deadlock.
    const std::string source = R"(use std::cell::RefCell;
use std::sync::Arc;

async fn tally(shared: Arc<RefCell<u32>>) -> u32 {
    let view = shared.borrow();
    tokio::task::yield_now().await;
    let again = shared.borrow();
    *view + *again
}

pub fn start(shared: Arc<RefCell<u32>>) {
    tokio::spawn(tally(shared));
}
)";
    const auto titles = fixTitles(source);
    ASSERT_TRUE(offers(titles, "spawn_local")) << "the problem itself is found";
    EXPECT_FALSE(offers(titles, "instead of `RefCell`"));
}
