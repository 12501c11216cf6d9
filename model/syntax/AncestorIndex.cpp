#include "syntax/AncestorIndex.h"

#include "syntax/PreorderWalk.h"

#include <algorithm>

namespace awaitscope {

AncestorIndex::AncestorIndex(const SyntaxNode& root, std::vector<SyntaxKind> kinds)
    : AncestorIndex(root, std::move(kinds), Unfilled{}) {
    if (root.isNull()) return;
    walkPreorder(root.raw(), [&](TSNode n, int depth) {
        add(n, depth);
        return true;
    });
    m_open = {};
}

AncestorIndex::AncestorIndex(const SyntaxNode& root, std::vector<SyntaxKind> kinds, Unfilled)
    : m_kinds(std::move(kinds)), m_tree(root.isNull() ? nullptr : root.raw().tree), m_file(root.file()) {}

void AncestorIndex::add(TSNode n, int depth) {
    while (!m_open.empty() && m_open.back().depth >= depth) m_open.pop_back();
    if (!isIndexedKind(syntaxKindOfSymbol(ts_node_symbol(n)))) return;
    const int enclosing = m_open.empty() ? -1 : m_open.back().entry;
    m_entries.push_back({ts_node_start_byte(n), ts_node_end_byte(n), SyntaxNode(n, m_file), enclosing});
    m_open.push_back({depth, static_cast<int>(m_entries.size()) - 1});
}

void AncestorIndex::append(AncestorIndex&& later) {
    // The root is of no indexed kind (a file or a block), so nothing of `later` is held by
    // an entry of this one: its chains of enclosing entries move along with it.
    const int offset = static_cast<int>(m_entries.size());
    m_entries.reserve(m_entries.size() + later.m_entries.size());
    for (Entry& e : later.m_entries) {
        if (e.enclosing >= 0) e.enclosing += offset;
        m_entries.push_back(std::move(e));
    }
    later.m_entries.clear();
    m_open.clear();
}

std::vector<SyntaxKind> AncestorIndex::itemScopeKinds() {
    return {SyntaxKind::ModItem, SyntaxKind::ImplItem, SyntaxKind::FunctionItem, SyntaxKind::TraitItem};
}

bool AncestorIndex::isIndexedKind(SyntaxKind kind) const {
    return std::find(m_kinds.begin(), m_kinds.end(), kind) != m_kinds.end();
}

std::vector<SyntaxNode> AncestorIndex::nodesOfKind(SyntaxKind kind) const {
    std::vector<SyntaxNode> nodes;
    for (const Entry& e : m_entries)
        if (e.node.kind() == kind) nodes.push_back(e.node);
    return nodes;
}

std::optional<std::vector<SyntaxNode>> AncestorIndex::ancestorsOf(const SyntaxNode& node) const {
    if (node.isNull() || node.raw().tree != m_tree || node.startByte() >= node.endByte()) return std::nullopt;
    const uint32_t start = node.startByte(), end = node.endByte();
    // Every indexed node holding `node` starts at or before it; the last one that starts
    // there lies inside each of them (it starts within their range), so they are on its
    // chain of enclosing entries.
    const auto after = std::upper_bound(m_entries.begin(), m_entries.end(), start,
                                        [](uint32_t s, const Entry& e) { return s < e.start; });
    std::vector<SyntaxNode> holding;
    for (int i = static_cast<int>(after - m_entries.begin()) - 1; i >= 0; i = m_entries[i].enclosing)
        if (m_entries[i].start <= start && end <= m_entries[i].end) holding.push_back(m_entries[i].node);
    std::reverse(holding.begin(), holding.end());
    return holding;
}

} // namespace awaitscope
