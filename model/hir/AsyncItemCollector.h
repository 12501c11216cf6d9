#pragma once
// Finds every future the source defines and the suspension points inside each, walking
// into modules, impls, traits, nested fns, closures and expression-like macro arguments.

#include "hir/AsyncItem.h"
#include "syntax/ItemExpansion.h"

#include <string>
#include <vector>

namespace awaitscope {

class MacroArguments;

class AsyncItemCollector {
  public:
    /// `expansion` (optional): items its configuration rules out (#[cfg]) hold no futures.
    AsyncItemCollector(MacroArguments& macros, const ItemExpansion* expansion = nullptr)
        : m_macros(macros), m_expansion(expansion) {}
    /// With `twoThreads` (a tree of ordinary depth: the second thread has the usual stack),
    /// a file's items are walked in two halves at once; the result is the same.
    std::vector<AsyncItem> collect(const SyntaxNode& root, bool twoThreads = false);
    /// The file's module in its crate ("net::tcp", "" for the crate root or a file alone):
    /// rustc's def paths start at the crate root (AsyncItem::rustcPath).
    void setCrateModule(const std::string& modulePath) { m_crateModule = modulePath.empty() ? "" : modulePath + "::"; }

  private:
    struct Context {
        std::string modulePath; // "inner::" inside `mod inner`
        std::string implType;   // `impl S` / `impl T for S`: "S"
        std::string traitName;  // the trait of a trait impl, or the trait being declared
        SyntaxNode impl;        // the enclosing impl_item, for rustc's name of its methods
        bool inTraitDeclaration = false;
        std::string enclosingFn; // for naming blocks and closures
        int currentFuture = -1;  // index into m_items of the innermost async body
    };

    /// A child to visit and the attribute items right before it.
    struct ChildVisit {
        SyntaxNode child;
        std::vector<SyntaxNode> attributes;
    };
    void collectInHalves(const SyntaxNode& root);
    void visitAll(const std::vector<ChildVisit>& visits, size_t from, size_t to);
    void visit(const SyntaxNode& node, const Context& ctx);
    void visitChildren(const SyntaxNode& node, const Context& ctx);
    void visitFunction(const SyntaxNode& fn, Context ctx);
    void visitImpl(const SyntaxNode& impl, Context ctx);
    void visitAsyncBlock(const SyntaxNode& block, Context ctx);
    void visitClosure(const SyntaxNode& closure, Context ctx);
    void visitMacro(const SyntaxNode& invocation, const Context& ctx);
    void addSuspension(const Context& ctx, SuspensionKind kind, const SyntaxNode& node, TextPosition keyword);
    std::string functionName(const SyntaxNode& fn, const Context& ctx) const;
    void nameBlocksApart();

    MacroArguments& m_macros;
    std::string m_crateModule; // "net::tcp::" or ""

    const ItemExpansion* m_expansion = nullptr;
    std::vector<SyntaxNode> m_attributesBefore; ///< the attribute items right before the child being visited
    std::vector<AsyncItem> m_items;
};

/// `impl<T> Foo<T>` -> "Foo": the type name as rustc prints it in a coroutine's name.
std::string baseTypeName(const SyntaxNode& type);

} // namespace awaitscope
