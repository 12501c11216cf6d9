// syntax/AncestorIndex answers what a root-down descent (syntax/AncestorPath) answers: for
// every node of real files, the ancestors of the indexed kinds, root first.
#include "syntax/AncestorIndex.h"
#include "syntax/AncestorPath.h"
#include "syntax/SyntaxKindNames.h"
#include "syntax/SyntaxTree.h"

#include "CorpusSupport.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

const std::vector<SyntaxKind> kKinds{SyntaxKind::ModItem, SyntaxKind::ImplItem, SyntaxKind::FunctionItem,
                                     SyntaxKind::TraitItem};

std::vector<SyntaxNode> filteredPath(const SyntaxNode& node) {
    std::vector<SyntaxNode> out;
    for (const SyntaxNode& n : pathFromRoot(node))
        for (SyntaxKind k : kKinds)
            if (n.kind() == k) out.push_back(n);
    return out;
}

// Compares the two for every node with a width; returns how many were compared.
int compareEveryNode(const std::string& text) {
    SyntaxTree tree(std::make_shared<SourceFile>("t.rs", text));
    const AncestorIndex index(tree.root(), kKinds);
    int compared = 0;
    std::vector<SyntaxNode> stack{tree.root()};
    while (!stack.empty()) {
        const SyntaxNode n = stack.back();
        stack.pop_back();
        for (const SyntaxNode& c : n.children()) stack.push_back(c);
        const auto fast = index.ancestorsOf(n);
        if (n.startByte() == n.endByte()) {
            EXPECT_FALSE(fast.has_value()); // no width: the caller descends instead
            continue;
        }
        EXPECT_TRUE(fast.has_value());
        if (fast) {
            EXPECT_TRUE(*fast == filteredPath(n))
                << syntaxKindName(n.kind()) << " at " << n.start().line << ":" << n.start().column;
        }
        ++compared;
    }
    return compared;
}

} // namespace

TEST(AncestorIndex, NestedItemsGiveTheSameAncestorsAsADescent) {
    EXPECT_GT(compareEveryNode("mod a {\n"
                               "    pub trait T { fn m(&self) -> u8 { 1 } }\n"
                               "    impl<X: Send> T for Vec<X> {\n"
                               "        fn m(&self) -> u8 { fn inner() -> u8 { 2 } inner() }\n"
                               "    }\n"
                               "    mod b { pub fn f() { let _g = async { fn h() {} h() }; } }\n"
                               "}\n"
                               "fn after() {}\n"
                               "mod broken { fn g( { }\n"),
              100);
}

TEST(AncestorIndex, EverySampleGivesTheSameAncestorsAsADescent) {
    const std::vector<std::string> samples = corpus::cases(AWAITSCOPE_SAMPLES);
    for (const std::string& name : samples)
        EXPECT_GT(compareEveryNode(corpus::readText(fs::path(AWAITSCOPE_SAMPLES) / (name + ".rs"))), 0) << name;
    EXPECT_GT(samples.size(), 3u);
}
