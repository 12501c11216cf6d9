// TypeContext against the real prelude: resolving written types and paths, calls and
// methods (autoderef / autoref), associated types, and printing as rustc prints.

#include "syntax/MacroArguments.h"
#include "syntax/SyntaxTree.h"
#include "types/TypeContext.h"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>

using namespace awaitscope;

namespace {

const char* kSource = R"(use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::collections::HashMap;
use tokio::sync::Mutex as TMutex;

struct Wrapper(Rc<u8>);
enum Message { Quit, Data(Vec<u8>) }
struct Server { cache: HashMap<String, i64>, hits: u64 }
impl Server {
    fn new() -> Self { todo!() }
    async fn compute(&self, n: u32) -> u32 { n }
}
async fn fetch(id: u32) -> String { String::new() }
fn helper(x: u8) -> Option<u8> { Some(x) }

async fn updater(state: &RefCell<i64>, m: Arc<Mutex<u64>>, t: TMutex<Rc<u8>>, v: Vec<u8>,
                 p: parking_lot::Mutex<u64>, rc: Rc<u32>, e: Box<dyn std::error::Error>) {
    tokio::spawn(fetch(1));
    tokio::time::sleep(std::time::Duration::from_millis(1)).await;
}

fn calls(x: Rc<u32>) {
    RefCell::new(1);
    Arc::new(1);
    Vec::<u8>::new();
    String::from("x");
    Rc::clone(&x);
    std::mem::drop(1);
    Box::new(1);
    Message::Data(vec![]);
}
)";

class TypesResolution : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        tree = std::make_unique<SyntaxTree>(std::make_shared<SourceFile>("t.rs", kSource));
        macros = std::make_unique<MacroArguments>(tree->file());
        types = std::make_unique<TypeContext>(*tree, *macros);
    }
    static void TearDownTestSuite() { types.reset(), macros.reset(), tree.reset(); }

    /// The first node of a kind with exactly this text.
    static SyntaxNode find(SyntaxKind kind, const std::string& text) {
        std::function<SyntaxNode(const SyntaxNode&)> walk = [&](const SyntaxNode& n) -> SyntaxNode {
            if (n.kind() == kind && n.text() == text) return n;
            for (const SyntaxNode& c : n.namedChildren())
                if (SyntaxNode hit = walk(c)) return hit;
            return {};
        };
        return walk(tree->root());
    }
    /// The declared type of a parameter of `updater`.
    static TypePtr param(const std::string& name) {
        std::function<SyntaxNode(const SyntaxNode&)> walk = [&](const SyntaxNode& n) -> SyntaxNode {
            if (n.is(SyntaxKind::Parameter) && n.field(SyntaxField::Pattern).text() == name) return n;
            for (const SyntaxNode& c : n.namedChildren())
                if (SyntaxNode hit = walk(c)) return hit;
            return {};
        };
        SyntaxNode p = walk(tree->root());
        return types->resolveType(p.field(SyntaxField::Type), types->scopeAt(p));
    }
    static Scope bodyScope() { return types->scopeAt(find(SyntaxKind::Identifier, "updater").parent()); }
    static std::string print(const TypePtr& t) { return types->print(t); }
    static TypePtr callMethod(const TypePtr& receiver, const std::string& name, std::vector<TypePtr> args = {}) {
        auto r = types->resolveMethod(receiver, name, bodyScope());
        if (!r) return nullptr;
        return types->instantiate(r->signature, args, nullptr, r->adjustedReceiver).returnType;
    }
    static std::optional<FnSignature> function(SyntaxKind kind, const std::string& path) {
        return types->resolveFunction(find(kind, path), bodyScope());
    }

    static inline std::unique_ptr<SyntaxTree> tree;
    static inline std::unique_ptr<MacroArguments> macros;
    static inline std::unique_ptr<TypeContext> types;
};

} // namespace

TEST_F(TypesResolution, ResolvesImportsAliasesAndPrintsLikeRustc) {
    EXPECT_EQ(print(param("state")), "&RefCell<i64>");
    EXPECT_EQ(print(param("m")), "Arc<std::sync::Mutex<u64>>");
    EXPECT_EQ(print(param("t")), "tokio::sync::Mutex<Rc<u8>>");
    EXPECT_EQ(param("t")->path, "tokio::sync::mutex::Mutex");
    // lock_api is reached through parking_lot's re-export, and `Mutex` is ambiguous.
    EXPECT_EQ(print(param("p")), "parking_lot::lock_api::Mutex<parking_lot::RawMutex, u64>");
    EXPECT_EQ(print(param("e")), "Box<dyn std::error::Error>");
    EXPECT_EQ(print(types->withSignatureObjectLifetimes(param("e"))), "Box<(dyn std::error::Error + 'static)>");
    Scope scope = bodyScope();
    EXPECT_EQ(print(types->resolveTypePath("Server", scope)), "Server");
    EXPECT_EQ(print(types->resolveTypePath("HashMap", scope)), "HashMap<K, V>");
}

TEST_F(TypesResolution, BorrowMutOnARefCellReferenceGivesRefMut) {
    auto r = types->resolveMethod(param("state"), "borrow_mut", bodyScope());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->autoderefs, 0);
    EXPECT_EQ(r->autoref, SelfKind::None); // the receiver already is `&RefCell<i64>`
    EXPECT_EQ(r->signature.path, "std::cell::RefCell::borrow_mut");
    TypePtr guard = types->instantiate(r->signature, {}).returnType;
    EXPECT_EQ(print(guard), "RefMut<'_, i64>");
    EXPECT_EQ(types->needsDrop(guard), Verdict::Yes);
    EXPECT_EQ(print(types->derefTarget(guard)), "i64");
}

TEST_F(TypesResolution, LockUnwrapThroughArcGivesStdMutexGuard) {
    auto lock = types->resolveMethod(param("m"), "lock", bodyScope());
    ASSERT_TRUE(lock);
    EXPECT_EQ(lock->autoderefs, 1);
    EXPECT_TRUE(lock->overloadedDeref);
    EXPECT_EQ(lock->autoref, SelfKind::Ref);
    TypePtr result = types->instantiate(lock->signature, {}).returnType;
    EXPECT_EQ(print(result), "Result<std::sync::MutexGuard<'_, u64>, PoisonError<std::sync::MutexGuard<'_, u64>>>");
    EXPECT_EQ(print(callMethod(result, "unwrap")), "std::sync::MutexGuard<'_, u64>");
}

TEST_F(TypesResolution, CloneLenIterAndIteratorAdapters) {
    EXPECT_EQ(print(callMethod(param("rc"), "clone")), "Rc<u32>");
    auto len = types->resolveMethod(param("v"), "len", bodyScope());
    ASSERT_TRUE(len);
    EXPECT_EQ(len->autoderefs, 0);
    EXPECT_EQ(len->autoref, SelfKind::Ref);
    EXPECT_EQ(print(types->instantiate(len->signature, {}).returnType), "usize");
    auto iter = types->resolveMethod(param("v"), "iter", bodyScope());
    ASSERT_TRUE(iter);
    EXPECT_EQ(iter->autoderefs, 1); // Vec<u8> -> [u8] by Deref
    TypePtr it = types->instantiate(iter->signature, {}).returnType;
    EXPECT_EQ(print(it), "std::slice::Iter<'_, u8>");
    EXPECT_EQ(print(types->iteratorItem(it)), "&u8");
    EXPECT_EQ(print(callMethod(it, "enumerate")), "Enumerate<std::slice::Iter<'_, u8>>");
    EXPECT_EQ(print(callMethod(param("state"), "to_owned")), "RefCell<i64>");
}

TEST_F(TypesResolution, LibraryAsyncMethodIsAnOpaqueFutureCapturingItsReceiver) {
    auto lock = types->resolveMethod(param("t"), "lock", bodyScope());
    ASSERT_TRUE(lock);
    EXPECT_TRUE(lock->signature.isAsync);
    TypePtr future = types->instantiate(lock->signature, {}, nullptr, lock->adjustedReceiver).returnType;
    ASSERT_EQ(future->kind, TypeKind::LibraryFuture);
    ASSERT_EQ(future->args.size(), 1u);
    EXPECT_EQ(print(future->args[0]), "&tokio::sync::Mutex<Rc<u8>>");
    EXPECT_EQ(print(types->awaitOutput(future)), "tokio::sync::MutexGuard<'_, Rc<u8>>");
    EXPECT_EQ(types->needsDrop(future), Verdict::Yes);
}

TEST_F(TypesResolution, PathCallsInferGenericsFromArguments) {
    auto newCell = function(SyntaxKind::ScopedIdentifier, "RefCell::new");
    ASSERT_TRUE(newCell);
    EXPECT_EQ(print(types->instantiate(*newCell, {primitiveType("i64")}).returnType), "RefCell<i64>");
    auto arcNew = function(SyntaxKind::ScopedIdentifier, "Arc::new");
    ASSERT_TRUE(arcNew);
    EXPECT_EQ(print(types->instantiate(*arcNew, {param("v")}).returnType), "Arc<Vec<u8>>");
    auto vecNew = function(SyntaxKind::ScopedIdentifier, "Vec::<u8>::new");
    ASSERT_TRUE(vecNew);
    EXPECT_EQ(print(types->instantiate(*vecNew, {}).returnType), "Vec<u8>");
    auto stringFrom = function(SyntaxKind::ScopedIdentifier, "String::from");
    ASSERT_TRUE(stringFrom);
    EXPECT_EQ(print(types->instantiate(*stringFrom, {refType(primitiveType("str"), false)}).returnType), "String");
    auto rcClone = function(SyntaxKind::ScopedIdentifier, "Rc::clone"); // by path: the receiver is an argument
    ASSERT_TRUE(rcClone);
    ASSERT_EQ(rcClone->params.size(), 1u);
    EXPECT_EQ(print(types->instantiate(*rcClone, {refType(param("rc"), false)}).returnType), "Rc<u32>");
    auto drop = function(SyntaxKind::ScopedIdentifier, "std::mem::drop");
    ASSERT_TRUE(drop);
    EXPECT_EQ(drop->path, "std::mem::drop");
    auto boxNew = function(SyntaxKind::ScopedIdentifier, "Box::new");
    ASSERT_TRUE(boxNew);
    EXPECT_EQ(print(types->instantiate(*boxNew, {param("rc")}).returnType), "Box<Rc<u32>>");
    auto variant = function(SyntaxKind::ScopedIdentifier, "Message::Data");
    ASSERT_TRUE(variant);
    EXPECT_EQ(print(variant->returnType), "Message");
    auto sleep = function(SyntaxKind::ScopedIdentifier, "tokio::time::sleep");
    ASSERT_TRUE(sleep);
    TypePtr sleepTy = types->instantiate(*sleep, {}).returnType;
    EXPECT_EQ(print(sleepTy), "Sleep");
    EXPECT_EQ(print(types->awaitOutput(sleepTy)), "()");
    auto millis = function(SyntaxKind::ScopedIdentifier, "std::time::Duration::from_millis");
    ASSERT_TRUE(millis);
    EXPECT_EQ(print(millis->returnType), "Duration");
}

TEST_F(TypesResolution, SpawnOfAFileFutureGivesAJoinHandleOfItsOutput) {
    auto fetch = function(SyntaxKind::Identifier, "fetch");
    ASSERT_TRUE(fetch);
    EXPECT_TRUE(fetch->isAsync);
    EXPECT_EQ(fetch->futureIndex, 1); // Server::compute is future 0 in source order
    TypePtr future = types->instantiate(*fetch, {primitiveType("u32")}).returnType;
    ASSERT_EQ(future->kind, TypeKind::Future);
    EXPECT_EQ(print(types->awaitOutput(future)), "String");
    auto spawn = function(SyntaxKind::ScopedIdentifier, "tokio::spawn");
    ASSERT_TRUE(spawn);
    EXPECT_EQ(spawn->path, "tokio::task::spawn");
    EXPECT_EQ(spawn->displayName, "tokio::spawn");
    TypePtr handle = types->instantiate(*spawn, {future}).returnType;
    EXPECT_EQ(print(handle), "tokio::task::JoinHandle<String>"); // std::thread has one too
    EXPECT_EQ(print(types->awaitOutput(handle)), "Result<String, JoinError>");
}

TEST_F(TypesResolution, ConstructorsVariantsAndUserItems) {
    Scope scope = bodyScope();
    auto some = types->resolveFunction(find(SyntaxKind::Identifier, "Some"), scope); // from std's prelude
    ASSERT_TRUE(some);
    EXPECT_EQ(print(types->instantiate(*some, {primitiveType("u8")}).returnType), "Option<u8>");
    auto helper = function(SyntaxKind::Identifier, "helper");
    ASSERT_TRUE(helper);
    EXPECT_EQ(print(helper->returnType), "Option<u8>");
    auto wrapper = types->resolveFunction(find(SyntaxKind::TypeIdentifier, "Wrapper"), scope);
    ASSERT_TRUE(wrapper); // a tuple struct's name is its constructor
    EXPECT_EQ(print(wrapper->params.at(0)), "Rc<u8>");
    auto compute = types->resolveMethod(types->resolveTypePath("Server", scope), "compute", scope);
    ASSERT_TRUE(compute);
    EXPECT_TRUE(compute->signature.isAsync);
    EXPECT_EQ(compute->signature.futureIndex, 0);
    TypePtr server = types->resolveTypePath("Server", scope);
    EXPECT_EQ(print(types->fieldType(refType(server, false), "cache")), "HashMap<String, i64>");
    EXPECT_EQ(types->needsDrop(server), Verdict::Yes);
    EXPECT_EQ(types->isCopy(types->resolveTypePath("Message", scope)), Verdict::No);
}

TEST_F(TypesResolution, IterationAndTryOutputs) {
    Scope scope = bodyScope();
    TypePtr vec = param("v");
    TypePtr into = types->intoIterator(vec);
    EXPECT_EQ(print(into), "std::vec::IntoIter<u8>");
    EXPECT_EQ(print(types->iteratorItem(into)), "u8");
    TypePtr byRef = types->intoIterator(refType(vec, false));
    EXPECT_EQ(print(byRef), "std::slice::Iter<'_, u8>");
    EXPECT_EQ(print(types->iteratorItem(byRef)), "&u8");
    TypePtr range = adtType("std::ops::Range", {primitiveType("usize")});
    EXPECT_EQ(print(types->iteratorItem(types->intoIterator(range))), "usize");
    TypePtr map = types->fieldType(types->resolveTypePath("Server", scope), "cache");
    EXPECT_EQ(print(types->iteratorItem(types->intoIterator(refType(map, false)))), "(&String, &i64)");
    auto opt = adtType("std::option::Option", {primitiveType("u8")});
    EXPECT_EQ(print(types->tryOutput(opt)), "u8");
}

TEST_F(TypesResolution, UnknownStaysUnknown) {
    Scope scope = bodyScope();
    EXPECT_EQ(types->resolveTypePath("NoSuchType", scope), nullptr);
    TypePtr vecOfUnknown = adtType("std::vec::Vec", {unknownType()});
    EXPECT_TRUE(containsUnknown(vecOfUnknown));
    EXPECT_EQ(types->needsDrop(unknownType()), Verdict::Unknown);
    EXPECT_EQ(types->isCopy(unknownType()), Verdict::Unknown);
    EXPECT_EQ(types->isCopy(adtType("std::option::Option", {unknownType()})), Verdict::Unknown);
    EXPECT_FALSE(types->resolveMethod(unknownType(), "len", scope));
    EXPECT_TRUE(isUnknown(types->awaitOutput(unknownType())));
}

// How fast this is belongs to tests/bench (analysis_bench), not to a timed test.
TEST_F(TypesResolution, ASecondContextReusesTheParsedPrelude) {
    TypeContext again(*tree, *macros);
    EXPECT_EQ(again.print(param("state")), "&RefCell<i64>");
}
