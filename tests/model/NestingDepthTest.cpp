// measureNesting on two threads (a file's items in two halves) gives what one walk of the
// whole tree gives: the depth, the first node deeper than the limit, and the index of item
// scopes, on real files and at limits that stop the walk in either half.
#include "syntax/NestingDepth.h"
#include "syntax/AncestorIndex.h"
#include "syntax/SyntaxTree.h"

#include "CorpusSupport.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

std::vector<SyntaxNode> everyNode(const SyntaxNode& root) {
    std::vector<SyntaxNode> nodes, stack{root};
    while (!stack.empty()) {
        const SyntaxNode n = stack.back();
        stack.pop_back();
        nodes.push_back(n);
        for (const SyntaxNode& c : n.children()) stack.push_back(c);
    }
    return nodes;
}

void expectSameWalk(const std::string& text, int limit) {
    const auto file = std::make_shared<SourceFile>("t.rs", text);
    SyntaxTree one(file), two(file);
    const Nesting serial = measureNesting(one, limit, false);
    const Nesting split = measureNesting(two, limit, true);
    EXPECT_EQ(serial.depth, split.depth) << "limit " << limit;
    EXPECT_EQ(serial.deeperThanLimit.has_value(), split.deeperThanLimit.has_value()) << "limit " << limit;
    if (serial.deeperThanLimit && split.deeperThanLimit) {
        EXPECT_EQ(toString(*serial.deeperThanLimit), toString(*split.deeperThanLimit)) << "limit " << limit;
    }
    ASSERT_EQ(one.itemScopes() == nullptr, two.itemScopes() == nullptr) << "limit " << limit;
    if (!one.itemScopes()) return;
    for (SyntaxKind kind : AncestorIndex::itemScopeKinds()) {
        const auto a = one.itemScopes()->nodesOfKind(kind), b = two.itemScopes()->nodesOfKind(kind);
        ASSERT_EQ(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].range(), b[i].range());
    }
    const auto nodesOne = everyNode(one.root()), nodesTwo = everyNode(two.root());
    ASSERT_EQ(nodesOne.size(), nodesTwo.size());
    for (size_t i = 0; i < nodesOne.size(); ++i) {
        const auto a = one.itemScopes()->ancestorsOf(nodesOne[i]), b = two.itemScopes()->ancestorsOf(nodesTwo[i]);
        ASSERT_EQ(a.has_value(), b.has_value());
        if (!a) continue;
        ASSERT_EQ(a->size(), b->size());
        for (size_t k = 0; k < a->size(); ++k) EXPECT_EQ((*a)[k].range(), (*b)[k].range());
    }
}

const char* kItems = "mod a {\n"
                     "    pub trait T { fn m(&self) -> u8 { 1 } }\n"
                     "    impl<X: Send> T for Vec<X> { fn m(&self) -> u8 { fn inner() -> u8 { 2 } inner() } }\n"
                     "}\n"
                     "fn shallow() {}\n"
                     "async fn deep() { let _v = async { ((((((((1)))))))) }.await; }\n"
                     "#[derive(Debug)]\n"
                     "struct S { x: u8 }\n"
                     "impl S { fn f(&self) -> u8 { self.x } }\n"
                     "fn last() { if true { loop { break; } } }\n";

} // namespace

TEST(NestingDepth, TwoHalvesGiveTheWalkOfTheWhole) {
    for (int limit : {60000, 40, 12, 8, 5, 3, 1}) expectSameWalk(kItems, limit);
}

TEST(NestingDepth, TwoHalvesGiveTheWalkOfTheWholeOnEverySample) {
    const std::vector<std::string> samples = corpus::cases(AWAITSCOPE_SAMPLES);
    for (const std::string& name : samples)
        for (int limit : {kMaxNestingDepth, 10})
            expectSameWalk(corpus::readText(fs::path(AWAITSCOPE_SAMPLES) / (name + ".rs")), limit);
    EXPECT_GT(samples.size(), 3u);
}
