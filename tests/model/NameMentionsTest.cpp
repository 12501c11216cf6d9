// What a closure or async block mentions (lowering/NameMentions, read from the HIR): a path
// of one segment, an inline format argument; never a later segment of a path, a field, a
// method or a macro's name (rustc_resolve resolves only a one-segment path to a local), nor
// a name the body binds itself where that binding is in scope.
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
    hir::Bodies bodies;

    /// The n-th async block, in a pre-order walk.
    SyntaxNode asyncBody(int n) const {
        SyntaxNode found;
        walkPreorder(tree.root().raw(), [&](TSNode raw, int) {
            const SyntaxNode node(raw, file.get());
            if (node.is(SyntaxKind::AsyncBlock) && n-- == 0) found = node;
            return !found;
        });
        return found;
    }
    std::vector<std::string> of(const SyntaxNode& body, Edition edition = Edition::E2021) {
        std::vector<std::string> names;
        const hir::Body& hir = bodies.of(body, macros);
        for (const NameMention& m : mentions.of(hir, hir.sourceMap().expr(body), edition))
            names.push_back(mentions.name(m.name));
        return names;
    }
};

TEST(NameMentions, OnlyOneSegmentPathsAndFormatArguments) {
    Mentions m("fn f() { let c = async move { let v = std::mem::take(&mut x); s.mem.len(); mem!(y);\n"
               "    vec![z]; println!(\"{w}\"); self.q }; }");
    EXPECT_EQ(m.of(m.asyncBody(0)), (std::vector<std::string>{"x", "s", "y", "z", "w", "self"}));
}

TEST(NameMentions, ANestedBodysListIsSplicedInOrderOfFirstMention) {
    Mentions m("fn f() { async { a; async move { b; a; c }; d; }; }");
    EXPECT_EQ(m.of(m.asyncBody(0)), (std::vector<std::string>{"a", "b", "c", "d"}));
    EXPECT_EQ(m.of(m.asyncBody(1)), (std::vector<std::string>{"b", "a", "c"}));
}

// rustc_resolve's ribs: a `let` binds for the statements after it in its block, a closure's
// parameters, an arm's, `if let`'s, `while let`'s and `for`'s pattern for their bodies.
TEST(NameMentions, ANameTheBodyBindsIsNotAMentionWhereItIsInScope) {
    Mentions m("fn f() { async {\n"
               "    a; let a = 1; a; { let b = b; b; } b;\n"
               "    let c = |c: u8, d| c + d + e;\n"
               "    match g { Some(h) if h > i => h, None => j };\n"
               "    if let Some(k) = k { k } else { k };\n"
               "    while let Some(l) = l { l; } l;\n"
               "    for m in m { m; } m;\n"
               "    let n = async move { o; let o = 1; a; n };\n"
               "}; }");
    EXPECT_EQ(m.of(m.asyncBody(0)),
              (std::vector<std::string>{"a", "b", "e", "g", "i", "None", "j", "k", "l", "m", "o", "n"}));
    EXPECT_EQ(m.of(m.asyncBody(1)), (std::vector<std::string>{"o", "a", "n"}));
}

// Edition 2021: `let _ = place;` only fake-reads the place, which captures nothing
// (rustc_hir_typeck upvar.rs); a borrow, a call or any other use of it still does. 2018
// captures every variable mentioned.
TEST(NameMentions, AWildcardLetOfAPlaceIsNoMentionFrom2021) {
    const char* text = "fn f() { async move { let _ = a; let _ = b.name; let _ = (c); let _ = &d; let _ = e();\n"
                       "    let _ = f.len(); let _ = g; g; let x = h; }; }";
    Mentions m2021(text);
    EXPECT_EQ(m2021.of(m2021.asyncBody(0)), (std::vector<std::string>{"d", "e", "f", "g", "h"}));
    Mentions m2018(text);
    EXPECT_EQ(m2018.of(m2018.asyncBody(0), Edition::E2018),
              (std::vector<std::string>{"a", "b", "c", "d", "e", "f", "g", "h"}));
}

} // namespace
} // namespace awaitscope
