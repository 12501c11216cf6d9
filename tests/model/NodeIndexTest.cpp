// syntax/NodeIndex answers what tree-sitter's own functions answer from the root: for every
// node of real files (and broken ones, with ERROR and MISSING nodes) its parent, and for
// every byte, every node's range and every empty range, the descendant that spans it.
#include "syntax/NodeIndex.h"
#include "syntax/SyntaxKindNames.h"
#include "syntax/SyntaxTree.h"

#include "CorpusSupport.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

using corpus::readText;

void expectSameDescendant(const SyntaxTree& tree, uint32_t start, uint32_t end) {
    const TSNode fromRoot = ts_node_descendant_for_byte_range(tree.root().raw(), start, end);
    EXPECT_TRUE(ts_node_eq(tree.nodeIndex()->descendantForByteRange(start, end), fromRoot))
        << "range " << start << ".." << end;
}

// Compares every node's parent and descendant, and every byte's; returns the nodes compared.
int compareEverything(const std::string& text) {
    SyntaxTree tree(std::make_shared<SourceFile>("t.rs", text));
    tree.indexNodes();
    int compared = 0;
    std::vector<SyntaxNode> stack{tree.root()};
    while (!stack.empty()) {
        const SyntaxNode n = stack.back();
        stack.pop_back();
        for (const SyntaxNode& c : n.children()) stack.push_back(c);
        EXPECT_TRUE(ts_node_eq(n.parent().raw(), ts_node_parent(n.raw())))
            << syntaxKindName(n.kind()) << " at " << n.start().line << ":" << n.start().column;
        expectSameDescendant(tree, n.startByte(), n.endByte());
        ++compared;
    }
    for (uint32_t byte = 0; byte <= text.size(); ++byte) {
        expectSameDescendant(tree, byte, byte + 1);
        expectSameDescendant(tree, byte, byte);
    }
    return compared;
}

} // namespace

TEST(NodeIndex, NestedAndBrokenCodeGiveWhatTreeSitterGives) {
    EXPECT_GT(compareEverything("mod a {\n"
                                "    pub trait T { fn m(&self) -> u8 { 1 } }\n"
                                "    async fn f() { let v = async move { let x = async { 1 }.await; x }.await; }\n"
                                "    fn g() { let s = S { a: 1, b: (2, [3; 4]) }; h(s.a, &s.b) }\n"
                                "}\n"
                                "fn broken( { let = ; }\n"
                                "fn missing() { let x = f(1 }\n"
                                "/* comment */ // another\n"),
              100);
}

TEST(NodeIndex, EverySampleGivesWhatTreeSitterGives) {
    const std::vector<std::string> samples = corpus::cases(AWAITSCOPE_SAMPLES);
    for (const std::string& name : samples)
        EXPECT_GT(compareEverything(readText(fs::path(AWAITSCOPE_SAMPLES) / (name + ".rs"))), 0) << name;
    EXPECT_GT(samples.size(), 3u);
}

TEST(NodeIndex, ANodeOfAnotherTreeIsLeftToTreeSitter) {
    const auto file = std::make_shared<SourceFile>("t.rs", "fn f() { g(1) }\n");
    SyntaxTree first(file), second(file);
    first.indexNodes(); // the file's index is the first tree's
    second.indexNodes();
    const SyntaxNode call = second.root().namedChildren().front().field(SyntaxField::Body).namedChildren().front();
    EXPECT_FALSE(first.nodeIndex()->parentOf(call.raw()).has_value());
    EXPECT_TRUE(ts_node_eq(call.parent().raw(), ts_node_parent(call.raw())));
}

TEST(NodeIndex, OnlyATreeAskedToIsIndexed) {
    SyntaxTree tree(std::make_shared<SourceFile>("t.rs", "fn f() { g(1) }\n"));
    EXPECT_EQ(tree.nodeIndex(), nullptr);
    const SyntaxNode body = tree.root().namedChildren().front().field(SyntaxField::Body);
    EXPECT_TRUE(body.parent().is(SyntaxKind::FunctionItem));
    tree.indexNodes();
    ASSERT_NE(tree.nodeIndex(), nullptr);
    EXPECT_GT(tree.nodeIndex()->size(), 8u);
    EXPECT_TRUE(body.parent().is(SyntaxKind::FunctionItem));
}
