#pragma once
// Where each node of a hir::Body came from, both ways (rust-analyzer's BodySourceMap):
// id -> the syntax node it was lowered from, and node -> id. A node of a macro expansion
// (macros/BodyMacroExpander) lives in the expansion's own tree, and its positions answer
// in the user's file (SourceFile::ExpansionOrigin): an argument's token its own place, a
// token the macro wrote the invocation's. A node of the user's file is also found by its
// text range (exprAt).

#include "HirIds.h"
#include "SyntaxNode.h"
#include "SyntaxNodeKey.h"

#include <map>
#include <optional>
#include <unordered_map>
#include <vector>

namespace awaitscope::hir {

class BodySourceMap {
  public:
    SyntaxNode node(ExprId e) const { return m_exprs[e.index]; }
    SyntaxNode node(PatId p) const { return m_pats[p.index]; }
    SyntaxNode node(StmtId s) const { return m_stmts[s.index]; }
    SyntaxNode node(ArmId a) const { return m_arms[a.index]; }
    SyntaxNode node(ItemId i) const { return m_items[i.index]; }
    SyntaxNode node(ParamId p) const { return m_params[p.index]; }
    TextRange range(ExprId e) const { return node(e).range(); }

    /// The id a node was lowered to, or an invalid id.
    ExprId expr(const SyntaxNode& n) const { return find(m_exprByNode, n).expr(); }
    PatId pat(const SyntaxNode& n) const { return find(m_otherByNode, n).pat(); }
    StmtId stmt(const SyntaxNode& n) const { return find(m_otherByNode, n).stmt(); }
    ArmId arm(const SyntaxNode& n) const { return find(m_otherByNode, n).arm(); }
    ItemId item(const SyntaxNode& n) const { return find(m_otherByNode, n).item(); }
    /// The outermost expression written exactly at `range` of the user's file (not inside a
    /// macro expansion), or an invalid id.
    ExprId exprAt(const TextRange& range) const;
    /// Whether the node was lowered from a macro expansion rather than the user's text.
    static bool inExpansion(const SyntaxNode& n) { return n.file() && n.file()->origin(); }

    ExprId addExpr(const SyntaxNode& n);
    PatId addPat(const SyntaxNode& n);
    StmtId addStmt(const SyntaxNode& n);
    ArmId addArm(const SyntaxNode& n);
    ItemId addItem(const SyntaxNode& n);
    /// A parameter's node: id -> node only (its pattern maps back).
    ParamId addParam(const SyntaxNode& n);
    /// `n` stands for `e` too (a method call's callee `x.m` for the call): node -> id only.
    void alias(const SyntaxNode& n, ExprId e) { remember(m_exprByNode, n, NodeRef::of(e)); }

  private:
    using Key = SyntaxNodeKey;
    using KeyHash = SyntaxNodeKeyHash;
    static Key keyOf(const SyntaxNode& n) { return syntaxNodeKey(n); }
    using NodeMap = std::unordered_map<Key, NodeRef, KeyHash>;
    static NodeRef find(const NodeMap& map, const SyntaxNode& n);
    void remember(NodeMap& map, const SyntaxNode& n, NodeRef ref);

    std::vector<SyntaxNode> m_exprs, m_pats, m_stmts, m_arms, m_items, m_params;
    // A statement in macro place (`m! { .. }` in a block) is a Stmt and an Expr of one node.
    NodeMap m_exprByNode, m_otherByNode;
    mutable std::optional<std::map<TextRange, ExprId>> m_byRange; // built on the first exprAt
};

} // namespace awaitscope::hir
