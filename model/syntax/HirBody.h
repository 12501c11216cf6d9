#pragma once
// The HIR of one body: a fn's block, a closure's body or an async block, with everything
// nested in it (closures and async blocks inside are expressions of the same arenas, as in
// rust-analyzer's hir_def Body; items declared inside stay opaque). Expressions, patterns,
// statements and arms live in arenas indexed by typed ids, each node's children are ids
// in source order, and the source map says which syntax node each id came from.
//
// Made by hir::BodyBuilder, the only code that reads the grammar's node kinds for it; a
// reader outside model/syntax walks ids and kinds (HirExpr.h, HirPat.h, HirStmt.h, HirArm.h).

#include "HirArm.h"
#include "HirBodySourceMap.h"
#include "HirExpr.h"
#include "HirParam.h"
#include "HirPat.h"
#include "HirStmt.h"

#include <span>
#include <unordered_map>
#include <vector>

namespace awaitscope::hir {

/// An identifier token of an opaque macro's input (MacroForm::Opaque), where it is written.
struct MacroToken {
    std::string_view text;
    TextPosition at;
};

class Body {
  public:
    ExprId root() const { return m_root; }
    /// A fn item's parameters, in order (HirParam.h); empty for a body that is no fn item.
    std::span<const ParamId> params() const { return paramsIn(m_fnParams); }
    /// A closure's parameters, in order: their patterns are also the Closure's children.
    std::span<const ParamId> closureParams(ExprId closure) const;
    const Param& param(ParamId p) const { return m_params[p.index]; }
    /// A fn item's written return type (`-> T`), if any.
    TypeRefId returnType() const { return m_returnType; }
    /// A type written in the body, left as syntax for the type context to resolve (as
    /// rust-analyzer's TypeRef): a `let`'s annotation.
    SyntaxNode typeRef(TypeRefId t) const { return t ? m_typeRefs[t.index] : SyntaxNode(); }
    const Expr& expr(ExprId e) const { return m_exprs[e.index]; }
    const Pat& pat(PatId p) const { return m_pats[p.index]; }
    const Stmt& stmt(StmtId s) const { return m_stmts[s.index]; }
    const Arm& arm(ArmId a) const { return m_arms[a.index]; }
    size_t exprCount() const { return m_exprs.size(); }
    size_t patCount() const { return m_pats.size(); }
    size_t stmtCount() const { return m_stmts.size(); }

    std::span<const NodeRef> children(ChildRange r) const { return {m_children.data() + r.first, r.count}; }
    std::span<const NodeRef> children(ExprId e) const { return children(expr(e).children); }
    std::span<const NodeRef> children(PatId p) const { return children(pat(p).children); }
    std::span<const NodeRef> children(StmtId s) const { return children(stmt(s).children); }
    std::span<const NodeRef> children(ArmId a) const { return children(arm(a).children); }
    std::span<const NodeRef> children(NodeRef n) const;
    std::span<const MacroToken> tokens(ExprId e) const;
    /// The i-th child of `e` as an expression (invalid when it is another kind, or absent).
    ExprId childExpr(ExprId e, size_t i) const;
    /// The body a closure runs, or the block an async block runs: what captures are read from.
    ExprId nestedBody(ExprId e) const;

    const BodySourceMap& sourceMap() const { return m_sourceMap; }

  private:
    friend class BodyBuilder;
    ChildRange addChildren(std::span<const NodeRef> refs);
    std::span<const ParamId> paramsIn(ChildRange r) const { return {m_paramIds.data() + r.first, r.count}; }

    ExprId m_root;
    ChildRange m_fnParams;  // into m_paramIds
    TypeRefId m_returnType; // a fn item's `-> T`
    std::vector<Param> m_params;
    std::vector<ParamId> m_paramIds;                          // fn and closure parameter lists, each contiguous
    std::unordered_map<uint32_t, ChildRange> m_closureParams; // closure expr index -> into m_paramIds
    std::vector<SyntaxNode> m_typeRefs;
    std::vector<Expr> m_exprs;
    std::vector<Pat> m_pats;
    std::vector<Stmt> m_stmts;
    std::vector<Arm> m_arms;
    std::vector<NodeRef> m_children;
    std::vector<MacroToken> m_tokens;
    BodySourceMap m_sourceMap;
};

} // namespace awaitscope::hir
