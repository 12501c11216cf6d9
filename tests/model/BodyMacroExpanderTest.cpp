// macro_rules! invocations inside bodies: expanded, parsed, positioned in the user's file,
// hygienic for the locals the transcriber declares, and left alone when they cannot be
// expanded (macros/BodyMacroExpander.h).
#include "macros/BodyMacroExpander.h"
#include "macros/ExpansionText.h"
#include "syntax/SyntaxTree.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace awaitscope {
namespace {

struct Parsed {
    explicit Parsed(const std::string& text)
        : file(std::make_shared<SourceFile>("t.rs", text)), tree(file), expander(tree.root()) {}
    std::shared_ptr<SourceFile> file;
    SyntaxTree tree;
    BodyMacroExpander expander;

    // The n-th macro invocation of the file, in a pre-order walk.
    SyntaxNode invocation(int n) const {
        SyntaxNode found;
        std::function<void(const SyntaxNode&)> walk = [&](const SyntaxNode& node) {
            if (node.is(SyntaxKind::MacroInvocation) && n-- == 0) found = node;
            for (const SyntaxNode& c : node.namedChildren()) walk(c);
        };
        walk(tree.root());
        return found;
    }
};

TEST(BodyMacroExpander, ExpressionPositionIsOneExpressionAtTheUsersPositions) {
    Parsed p("macro_rules! wait { ($e:expr) => { $e.await }; }\n"
             "async fn f() { let n = wait!(tick()); }\n");
    const BodyExpansion* x = p.expander.expansionOf(p.invocation(0));
    ASSERT_TRUE(x);
    EXPECT_FALSE(x->statements);
    ASSERT_EQ(x->nodes.size(), 1u);
    EXPECT_TRUE(x->nodes[0].is(SyntaxKind::AwaitExpression));
    // Starts at the argument `tick()` (2:30), ends at the invocation's end (`.await` was
    // written by the macro).
    EXPECT_EQ(x->nodes[0].start(), (TextPosition{2, 30}));
    EXPECT_EQ(x->nodes[0].end(), (TextPosition{2, 37}));
    EXPECT_GT(x->nodes[0].startByte(), p.file->text().size()); // no byte shared with the file
}

TEST(BodyMacroExpander, StatementPositionKeepsEveryStatement) {
    Parsed p("macro_rules! two { ($n:ident) => { let $n = 1; let y = $n; }; }\n"
             "fn f() { two!(x); }\n");
    const BodyExpansion* x = p.expander.expansionOf(p.invocation(0));
    ASSERT_TRUE(x);
    EXPECT_TRUE(x->statements);
    ASSERT_EQ(x->nodes.size(), 2u);
    // The caller's `x` keeps its name; the macro's own `y` is renamed apart.
    EXPECT_EQ(x->nodes[0].field(SyntaxField::Pattern).text(), "x");
    const std::string y(x->nodes[1].field(SyntaxField::Pattern).text());
    EXPECT_NE(y, "y");
    EXPECT_EQ(withoutHygiene(y), "y");
}

TEST(BodyMacroExpander, UnmatchedUnknownAndUnparsableStayAsWritten) {
    Parsed p("macro_rules! only_empty { () => { 1 }; }\n"
             "macro_rules! broken { () => { let = ; }; }\n"
             "fn f() { let a = only_empty!(1); let b = unknown!(); let c = broken!(); }\n");
    EXPECT_FALSE(p.expander.expansionOf(p.invocation(0)));
    EXPECT_FALSE(p.expander.expansionOf(p.invocation(1)));
    EXPECT_FALSE(p.expander.expansionOf(p.invocation(2)));
}

TEST(BodyMacroExpander, AMacroIsVisibleAfterItsDefinitionOnly) {
    Parsed p("fn f() { let a = m!(); }\n"
             "macro_rules! m { () => { 1 }; }\n"
             "fn g() { let a = m!(); }\n");
    EXPECT_FALSE(p.expander.expansionOf(p.invocation(0)));
    EXPECT_TRUE(p.expander.expansionOf(p.invocation(1)));
}

TEST(BodyMacroExpander, NestedInvocationsExpandUntilTheRecursionLimit) {
    Parsed p("macro_rules! down { () => { down!() }; }\n"
             "fn f() { let a = down!(); }\n");
    SyntaxNode at = p.invocation(0);
    int depth = 0;
    while (const BodyExpansion* x = p.expander.expansionOf(at)) {
        ASSERT_EQ(x->nodes.size(), 1u);
        at = x->nodes[0];
        ASSERT_TRUE(at.is(SyntaxKind::MacroInvocation));
        ++depth;
    }
    EXPECT_EQ(depth, 128);                        // rustc's default recursion_limit
    EXPECT_EQ(at.start(), (TextPosition{2, 18})); // still the outermost invocation's place
}

TEST(BodyMacroExpander, HygieneSuffixIsPrintedAway) {
    EXPECT_EQ(withoutHygiene("name"), "name");
    TokenStream t = lexTokens("let v = 1; v + w");
    separateMacroLocals(t, 7);
    EXPECT_EQ(withoutHygiene(tokensToText(t)), tokensToText(lexTokens("let v = 1; v + w")));
    EXPECT_NE(t[1].text, "v");
    EXPECT_EQ(t[7].text, "w"); // not bound by the macro: left alone
}

} // namespace
} // namespace awaitscope
