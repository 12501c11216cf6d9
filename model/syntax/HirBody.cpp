#include "HirBody.h"

namespace awaitscope::hir {

std::span<const NodeRef> Body::children(NodeRef n) const {
    switch (n.arena) {
    case NodeRef::Arena::Expr: return children(n.expr());
    case NodeRef::Arena::Pat: return children(n.pat());
    case NodeRef::Arena::Stmt: return children(n.stmt());
    case NodeRef::Arena::Arm: return children(n.arm());
    default: return {};
    }
}

std::span<const MacroToken> Body::tokens(ExprId e) const {
    const ChildRange r = expr(e).tokens;
    return {m_tokens.data() + r.first, r.count};
}

ExprId Body::childExpr(ExprId e, size_t i) const {
    const auto kids = children(e);
    return i < kids.size() ? kids[i].expr() : ExprId();
}

std::span<const ParamId> Body::closureParams(ExprId closure) const {
    const auto it = m_closureParams.find(closure.index);
    return it == m_closureParams.end() ? std::span<const ParamId>() : paramsIn(it->second);
}

ExprId Body::nestedBody(ExprId e) const {
    const Expr& x = expr(e);
    if (x.kind == ExprKind::Async) return childExpr(e, 0);
    if (x.kind != ExprKind::Closure || x.children.count == 0) return {};
    return children(e).back().expr();
}

ChildRange Body::addChildren(std::span<const NodeRef> refs) {
    const ChildRange r{static_cast<uint32_t>(m_children.size()), static_cast<uint32_t>(refs.size())};
    m_children.insert(m_children.end(), refs.begin(), refs.end());
    return r;
}

} // namespace awaitscope::hir
