// SyntaxKind and SyntaxField against the loaded grammar: every enumerator names a symbol or
// field of tree-sitter-rust as linked, and every visible symbol has an enumerator. A grammar
// upgrade that renames or drops a node fails here (regenerate with scripts/gen-syntax-kinds)
// instead of turning comparisons silently false.
#include "syntax/RustLanguage.h"
#include "syntax/SyntaxKindNames.h"
#include "syntax/SyntaxTree.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace awaitscope;

namespace {

bool isVisible(TSSymbol s) {
    return ts_language_symbol_type(rustLanguage(), s) != TSSymbolTypeAuxiliary;
}

SyntaxNode firstOfKind(const SyntaxNode& node, SyntaxKind kind) {
    if (node.is(kind)) return node;
    for (const SyntaxNode& c : node.children())
        if (const SyntaxNode found = firstOfKind(c, kind)) return found;
    return {};
}

} // namespace

TEST(SyntaxKinds, EveryEnumeratorNamesASymbolOfTheGrammar) {
    const TSLanguage* language = rustLanguage();
    std::set<std::string> names{"ERROR"};
    for (TSSymbol s = 0; s < ts_language_symbol_count(language); ++s)
        if (isVisible(s)) names.insert(ts_language_symbol_name(language, s));
    for (size_t k = 1; k < size_t(SyntaxKind::Count); ++k)
        EXPECT_TRUE(names.count(std::string(syntaxKindName(SyntaxKind(k)))))
            << syntaxKindName(SyntaxKind(k)) << " is no node type of the grammar";
}

TEST(SyntaxKinds, EveryVisibleSymbolHasItsEnumerator) {
    const TSLanguage* language = rustLanguage();
    for (TSSymbol s = 1; s < ts_language_symbol_count(language); ++s) {
        if (!isVisible(s)) continue;
        const SyntaxKind kind = syntaxKindOfSymbol(s);
        ASSERT_NE(kind, SyntaxKind::Unknown) << ts_language_symbol_name(language, s) << " has no SyntaxKind";
        EXPECT_EQ(syntaxKindName(kind), ts_language_symbol_name(language, s));
    }
    EXPECT_EQ(syntaxKindOfSymbol(TSSymbol(-1)), SyntaxKind::Error); // ts_builtin_sym_error
}

TEST(SyntaxKinds, EveryFieldIsAFieldOfTheGrammar) {
    const TSLanguage* language = rustLanguage();
    for (size_t f = 0; f < size_t(SyntaxField::Count); ++f) {
        const TSFieldId id = syntaxFieldId(SyntaxField(f));
        ASSERT_NE(id, 0) << syntaxFieldName(SyntaxField(f)) << " is no field of the grammar";
        EXPECT_EQ(syntaxFieldName(SyntaxField(f)), ts_language_field_name_for_id(language, id));
    }
    EXPECT_EQ(ts_language_field_count(language), size_t(SyntaxField::Count));
}

TEST(SyntaxKinds, NodesOfAParsedFileCompareByEnumerator) {
    SyntaxTree tree(std::make_shared<SourceFile>("t.rs", "async fn f(v: &mut V) -> u8 { let ref x = g(v)?; }\n"
                                                         "fn broken( { let = ; }\n"));
    const SyntaxNode fn = tree.root().namedChildren().front();
    EXPECT_TRUE(tree.root().is(SyntaxKind::SourceFile));
    EXPECT_TRUE(fn.is(SyntaxKind::FunctionItem));
    EXPECT_EQ(fn.field(SyntaxField::Name).text(), "f");
    EXPECT_TRUE(fn.field(SyntaxField::Name).is(SyntaxKind::Identifier));
    EXPECT_TRUE(fn.childOfKind(SyntaxKind::FunctionModifiers).hasChildToken(SyntaxKind::AsyncKw));
    EXPECT_TRUE(firstOfKind(fn, SyntaxKind::ReferenceType).hasChildToken(SyntaxKind::MutableSpecifier));
    EXPECT_TRUE(firstOfKind(fn, SyntaxKind::RefPattern).hasChildToken(SyntaxKind::RefKw));
    EXPECT_TRUE(firstOfKind(fn, SyntaxKind::TryExpression).hasChildToken(SyntaxKind::Question));
    EXPECT_TRUE(firstOfKind(fn, SyntaxKind::CallExpression).field(SyntaxField::Function).is(SyntaxKind::Identifier));
    EXPECT_TRUE(firstOfKind(tree.root(), SyntaxKind::Error).isError());
    EXPECT_EQ(SyntaxNode().kind(), SyntaxKind::Unknown);
    EXPECT_FALSE(SyntaxNode().is(SyntaxKind::Unknown));
}

TEST(SyntaxKinds, ItemKindsAreTheNamesEndingInItem) {
    EXPECT_TRUE(isItemKind(SyntaxKind::FunctionItem));
    EXPECT_TRUE(isItemKind(SyntaxKind::AttributeItem));
    EXPECT_FALSE(isItemKind(SyntaxKind::UseDeclaration));
    EXPECT_FALSE(isItemKind(SyntaxKind::ItemKw)); // `item`, the macro fragment
}
