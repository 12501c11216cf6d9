#include "syntax/NodeIndex.h"

#include <algorithm>

namespace awaitscope {

NodeIndex::NodeIndex(const TSTree* tree) : m_tree(tree) {
    const TSNode root = ts_tree_root_node(tree);
    TSTreeCursor cursor = ts_tree_cursor_new(root);
    std::vector<int32_t> ancestors; // entries of the nodes above the cursor
    for (;;) {
        const TSNode node = ts_tree_cursor_current_node(&cursor);
        m_entries.push_back(
            {node, ts_node_start_byte(node), ts_node_end_byte(node), ancestors.empty() ? -1 : ancestors.back()});
        if (ts_tree_cursor_goto_first_child(&cursor)) {
            ancestors.push_back(static_cast<int32_t>(m_entries.size() - 1));
            continue;
        }
        while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
            if (!ts_tree_cursor_goto_parent(&cursor)) {
                ts_tree_cursor_delete(&cursor);
                return;
            }
            ancestors.pop_back();
        }
    }
}

int32_t NodeIndex::find(TSNode node) const {
    const uint32_t start = ts_node_start_byte(node);
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), start,
                               [](const Entry& e, uint32_t s) { return e.start < s; });
    // Nodes starting at the same byte are a chain of ancestors (plus zero-width nodes): few.
    for (; it != m_entries.end() && it->start == start; ++it)
        if (ts_node_eq(it->node, node)) return static_cast<int32_t>(it - m_entries.begin());
    return -1;
}

std::optional<TSNode> NodeIndex::parentOf(TSNode node) const {
    if (node.tree != m_tree || ts_node_is_null(node)) return std::nullopt;
    const int32_t at = find(node);
    if (at < 0) return std::nullopt;
    const Entry& e = m_entries[at];
    // ts_node_parent's descent can stop beside a zero-width node: leave those to it.
    if (e.start == e.end || e.parent < 0) return std::nullopt;
    return m_entries[e.parent].node;
}

TSNode NodeIndex::descendantForByteRange(uint32_t start, uint32_t end) const {
    // The descent enters a node whose end reaches `end`, passes `start`, and whose start
    // is at or before `start` (ts_node__descendant_for_byte_range, node.c).
    auto contains = [&](const Entry& e) { return e.end >= end && e.end > start && e.start <= start; };
    // The deepest such node holds the last node starting at or before `start`.
    auto it = std::upper_bound(m_entries.begin(), m_entries.end(), start,
                               [](uint32_t s, const Entry& e) { return s < e.start; });
    int32_t at = static_cast<int32_t>(it - m_entries.begin()) - 1;
    while (at >= 0 && !contains(m_entries[at])) at = m_entries[at].parent;
    const TSNode from = at >= 0 ? m_entries[at].node : ts_tree_root_node(m_tree);
    return ts_node_descendant_for_byte_range(from, start, end);
}

} // namespace awaitscope
