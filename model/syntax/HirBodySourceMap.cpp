#include "HirBodySourceMap.h"

namespace awaitscope::hir {

NodeRef BodySourceMap::find(const NodeMap& map, const SyntaxNode& n) {
    if (n.isNull()) return {};
    const auto it = map.find(keyOf(n));
    return it == map.end() ? NodeRef{} : it->second;
}

ExprId BodySourceMap::exprAt(const TextRange& range) const {
    if (!m_byRange) {
        m_byRange.emplace();
        // Children are added before their parents: the last one written wins, the outermost.
        for (uint32_t i = 0; i < m_exprs.size(); ++i)
            if (m_exprs[i] && !inExpansion(m_exprs[i])) (*m_byRange)[m_exprs[i].range()] = ExprId(i);
    }
    const auto it = m_byRange->find(range);
    return it == m_byRange->end() ? ExprId() : it->second;
}

// A node lowered twice (never, by the builder's walk) keeps its first id.
void BodySourceMap::remember(NodeMap& map, const SyntaxNode& n, NodeRef ref) {
    if (n) map.emplace(keyOf(n), ref);
    m_byRange.reset();
}

ExprId BodySourceMap::addExpr(const SyntaxNode& n) {
    m_exprs.push_back(n);
    const ExprId id(static_cast<uint32_t>(m_exprs.size() - 1));
    remember(m_exprByNode, n, NodeRef::of(id));
    return id;
}

PatId BodySourceMap::addPat(const SyntaxNode& n) {
    m_pats.push_back(n);
    const PatId id(static_cast<uint32_t>(m_pats.size() - 1));
    remember(m_otherByNode, n, NodeRef::of(id));
    return id;
}

StmtId BodySourceMap::addStmt(const SyntaxNode& n) {
    m_stmts.push_back(n);
    const StmtId id(static_cast<uint32_t>(m_stmts.size() - 1));
    remember(m_otherByNode, n, NodeRef::of(id));
    return id;
}

ArmId BodySourceMap::addArm(const SyntaxNode& n) {
    m_arms.push_back(n);
    const ArmId id(static_cast<uint32_t>(m_arms.size() - 1));
    remember(m_otherByNode, n, NodeRef::of(id));
    return id;
}

ItemId BodySourceMap::addItem(const SyntaxNode& n) {
    m_items.push_back(n);
    const ItemId id(static_cast<uint32_t>(m_items.size() - 1));
    remember(m_otherByNode, n, NodeRef::of(id));
    return id;
}

ParamId BodySourceMap::addParam(const SyntaxNode& n) {
    m_params.push_back(n);
    return ParamId(static_cast<uint32_t>(m_params.size() - 1));
}

} // namespace awaitscope::hir
