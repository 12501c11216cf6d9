// The leaves rustc names in its help lines, and derivations that read well, for the
// values async code typically holds across an await.

#include "syntax/MacroArguments.h"
#include "syntax/SyntaxTree.h"
#include "traits/AutoTraitSolver.h"
#include "types/TypeContext.h"

#include <gtest/gtest.h>

#include <functional>

using namespace awaitscope;

namespace {

const char* kSource = R"(use std::cell::{Cell, RefCell, RefMut};
use std::rc::Rc;
use std::sync::{Arc, Mutex, MutexGuard};

type Held = (RefMut<'static, i64>, Rc<u32>, MutexGuard<'static, u64>, parking_lot::MutexGuard<'static, u64>,
             Box<dyn std::error::Error>, Arc<RefCell<u32>>, &'static Cell<u32>, tokio::sync::MutexGuard<'static, u64>,
             Arc<Mutex<u64>>, Vec<Rc<String>>);

async fn worker() { tokio::task::yield_now().await; }
)";

using Leaves = std::vector<std::pair<AutoTrait, std::string>>;

/// What the lowering would report for the file's futures; here: fixed fields.
class FixedFutures : public FutureContents {
  public:
    std::vector<FutureField> fields;
    std::string futureName(int) const override { return "worker"; }
    std::vector<FutureField> fieldsOf(int) const override { return fields; }
    bool isAsyncFn(int) const override { return true; }
};

class SolverLeaves : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        tree = std::make_unique<SyntaxTree>(std::make_shared<SourceFile>("t.rs", kSource));
        macros = std::make_unique<MacroArguments>(tree->file());
        types = std::make_unique<TypeContext>(*tree, *macros);
        SyntaxNode alias;
        for (const SyntaxNode& item : tree->root().namedChildren())
            if (item.is(SyntaxKind::TypeItem)) alias = item;
        held = types->resolveType(alias.field(SyntaxField::Type), Scope{});
    }
    static void TearDownTestSuite() { types.reset(), macros.reset(), tree.reset(); }

    static TypePtr element(size_t i) { return held->args.at(i); }
    static Leaves leavesOf(const TypePtr& t, AutoTrait trait = AutoTrait::Send) {
        AutoTraitSolver solver(*types, nullptr);
        return AutoTraitSolver::leaves(solver.solve(t, trait));
    }
    /// Every rule and via text on the path to the leaves, in order.
    static std::vector<std::string> path(const Derivation& d) {
        std::vector<std::string> out;
        std::function<void(const Derivation&)> walk = [&](const Derivation& n) {
            if (!n.via.empty()) out.push_back(n.via);
            out.push_back(n.rule);
            for (const Derivation& c : n.children) walk(c);
        };
        walk(d);
        return out;
    }
    static bool contains(const std::vector<std::string>& v, const std::string& s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    }

    static inline std::unique_ptr<SyntaxTree> tree;
    static inline std::unique_ptr<MacroArguments> macros;
    static inline std::unique_ptr<TypeContext> types;
    static inline TypePtr held;
};

} // namespace

TEST_F(SolverLeaves, RefMutFailsAtNonNullAndAtCellThroughItsBorrowFlag) {
    ASSERT_EQ(types->print(element(0)), "RefMut<'static, i64>");
    const Leaves want{{AutoTrait::Send, "NonNull<i64>"}, {AutoTrait::Sync, "Cell<isize>"}};
    EXPECT_EQ(leavesOf(element(0)), want);
    AutoTraitSolver solver(*types, nullptr);
    const auto steps = path(solver.solve(element(0), AutoTrait::Send));
    EXPECT_TRUE(contains(steps, "`RefMut<'static, i64>` has field `value: NonNull<i64>`"));
    EXPECT_TRUE(contains(steps, "`NonNull<T>` is never Send (impl<T: ?Sized> !Send for NonNull<T>)"));
    EXPECT_TRUE(contains(steps, "`&'static Cell<isize>` is Send only if `Cell<isize>` is Sync"));
}

TEST_F(SolverLeaves, RcAndGuardsAreTheirOwnLeaves) {
    EXPECT_EQ(leavesOf(element(1)), (Leaves{{AutoTrait::Send, "Rc<u32>"}}));
    EXPECT_EQ(leavesOf(element(2)), (Leaves{{AutoTrait::Send, "std::sync::MutexGuard<'static, u64>"}}));
    EXPECT_EQ(leavesOf(element(3)), (Leaves{{AutoTrait::Send, "*mut ()"}}));
    EXPECT_EQ(types->print(element(3)), "parking_lot::lock_api::MutexGuard<'static, parking_lot::RawMutex, u64>");
    EXPECT_EQ(leavesOf(element(4)), (Leaves{{AutoTrait::Send, "dyn std::error::Error"}}));
}

TEST_F(SolverLeaves, ArcNeedsSendAndSync) {
    EXPECT_EQ(leavesOf(element(5)), (Leaves{{AutoTrait::Sync, "RefCell<u32>"}}));
    AutoTraitSolver solver(*types, nullptr);
    const Derivation d = solver.solve(element(5), AutoTrait::Send);
    EXPECT_EQ(d.rule,
              "`Arc<T>` is Send only if `T` is Send + Sync (unsafe impl<T: ?Sized + Sync + Send> Send for Arc<T>)");
    EXPECT_EQ(leavesOf(element(6)), (Leaves{{AutoTrait::Sync, "Cell<u32>"}}));
}

TEST_F(SolverLeaves, SendTypesAreSendWithoutLeaves) {
    AutoTraitSolver solver(*types, nullptr);
    EXPECT_EQ(solver.verdict(element(7), AutoTrait::Send), Verdict::Yes); // tokio's guard
    EXPECT_EQ(solver.verdict(element(8), AutoTrait::Send), Verdict::Yes);
    EXPECT_EQ(solver.verdict(element(8), AutoTrait::Sync), Verdict::Yes);
    EXPECT_TRUE(leavesOf(element(8)).empty());
    EXPECT_EQ(leavesOf(element(9)), (Leaves{{AutoTrait::Send, "Rc<String>"}}));
}

TEST_F(SolverLeaves, UnknownIsNeverRoundedToYes) {
    AutoTraitSolver solver(*types, nullptr);
    EXPECT_EQ(solver.verdict(unknownType(), AutoTrait::Send), Verdict::Unknown);
    const TypePtr vecOfUnknown = adtType("std::vec::Vec", {unknownType()});
    EXPECT_EQ(solver.verdict(vecOfUnknown, AutoTrait::Send), Verdict::Unknown);
    EXPECT_EQ(solver.verdict(tupleType({unknownType(), element(1)}), AutoTrait::Send), Verdict::No); // No wins
    EXPECT_EQ(solver.verdict(paramType("T"), AutoTrait::Send), Verdict::Unknown);
    EXPECT_EQ(solver.verdict(types->futureType(0, "worker", unitType()), AutoTrait::Send), Verdict::Unknown);
}

TEST_F(SolverLeaves, FileFuturesAreSendWhenEverythingTheyHoldIs) {
    FixedFutures futures;
    futures.fields = {{"upvar `state`", refType(adtType("std::cell::RefCell", {primitiveType("i64")}), false), {}, {}},
                      {"local `guard` (Suspend0)", element(0), {}, {}}};
    AutoTraitSolver solver(*types, &futures);
    const Derivation d = solver.solve(types->futureType(0, "worker", unitType()), AutoTrait::Send);
    EXPECT_EQ(d.verdict, Verdict::No);
    const Leaves want{
        {AutoTrait::Sync, "RefCell<i64>"}, {AutoTrait::Send, "NonNull<i64>"}, {AutoTrait::Sync, "Cell<isize>"}};
    EXPECT_EQ(AutoTraitSolver::leaves(d), want);
    ASSERT_EQ(d.children.size(), 2u);
    EXPECT_EQ(d.children[1].via, "the future of `worker` holds local `guard` (Suspend0): `RefMut<'static, i64>`");
}

TEST_F(SolverLeaves, LibraryFuturesAreSendIffTheirCapturesAre) {
    auto future = std::make_shared<Type>();
    future->kind = TypeKind::LibraryFuture;
    future->path = "tokio::sync::mutex::Mutex::lock";
    future->args = {refType(adtType("tokio::sync::mutex::Mutex", {element(1)}), false)};
    AutoTraitSolver solver(*types, nullptr);
    EXPECT_EQ(solver.verdict(future, AutoTrait::Send), Verdict::No);
    future->args = {refType(adtType("tokio::sync::mutex::Mutex", {primitiveType("u64")}), false)};
    EXPECT_EQ(solver.verdict(future, AutoTrait::Send), Verdict::Yes);
}
