// What a closure or async block mentions (lowering/NameMentions, read from the HIR): a path
// of one segment, a binding, an inline format argument; never a later segment of a path, a
// field, a method or a macro's name (rustc_resolve resolves only a one-segment path to a local).
#include "lowering/NameMentions.h"
#include "syntax/PreorderWalk.h"
#include "syntax/SyntaxTree.h"

#include <gtest/gtest.h>

#include <memory>

namespace awaitscope {
namespace {

struct Mentions {
    explicit Mentions(const std::string& text)
        : file(std::make_shared<SourceFile>("t.rs", text)), tree(file), macros(*file) {}
    std::shared_ptr<SourceFile> file;
    SyntaxTree tree;
    MacroArguments macros;
    NameMentions mentions;

    /// The n-th async block's block, in a pre-order walk.
    SyntaxNode asyncBody(int n) const {
        SyntaxNode found;
        walkPreorder(tree.root().raw(), [&](TSNode raw, int) {
            const SyntaxNode node(raw, file.get());
            if (node.is(SyntaxKind::AsyncBlock) && n-- == 0) found = node.childOfKind(SyntaxKind::Block);
            return !found;
        });
        return found;
    }
    std::vector<std::string> of(const SyntaxNode& body) {
        std::vector<std::string> names;
        for (const NameMention& m : mentions.of(body, macros)) names.push_back(mentions.name(m.name));
        return names;
    }
};

TEST(NameMentions, OnlyOneSegmentPathsBindingsAndFormatArguments) {
    Mentions m("fn f() { let c = async move { let v = std::mem::take(&mut x); s.mem.len(); mem!(y);\n"
               "    vec![z]; println!(\"{w}\"); self.q }; }");
    EXPECT_EQ(m.of(m.asyncBody(0)), (std::vector<std::string>{"v", "x", "s", "y", "z", "w", "self"}));
}

TEST(NameMentions, ANestedBodysListIsSplicedInOrderOfFirstMention) {
    Mentions m("fn f() { async { a; async move { b; a; c }; d; }; }");
    EXPECT_EQ(m.of(m.asyncBody(0)), (std::vector<std::string>{"a", "b", "c", "d"}));
    EXPECT_EQ(m.of(m.asyncBody(1)), (std::vector<std::string>{"b", "a", "c"}));
}

} // namespace
} // namespace awaitscope
