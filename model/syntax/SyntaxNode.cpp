#include "SyntaxNode.h"

#include "NodeIndex.h"

#include <cstring>

namespace awaitscope {

std::string_view SyntaxNode::text() const {
    if (isNull()) return {};
    return m_file->slice(startByte(), endByte());
}

SyntaxNode SyntaxNode::parent() const {
    if (const NodeIndex* index = m_file ? m_file->nodeIndex() : nullptr)
        if (const auto p = index->parentOf(m_node)) return wrap(*p);
    return wrap(ts_node_parent(m_node));
}

SyntaxNode SyntaxNode::field(const char* name) const {
    if (isNull()) return {};
    TSNode n = ts_node_child_by_field_name(m_node, name, static_cast<uint32_t>(std::strlen(name)));
    if (ts_node_is_null(n)) return {};
    return wrap(n);
}

namespace {

// A cursor walks the children in one pass; ts_node_child(i) starts again from the first
// child for every i, which made listing the children of a file's root (one per item)
// quadratic in the number of items.
template <class Keep> std::vector<SyntaxNode> collectChildren(TSNode node, const SourceFile* file, Keep keep) {
    std::vector<SyntaxNode> result;
    result.reserve(ts_node_child_count(node));
    TSTreeCursor cursor = ts_tree_cursor_new(node);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
        do {
            const TSNode child = ts_tree_cursor_current_node(&cursor);
            if (keep(child)) result.emplace_back(child, file);
        } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
    return result;
}

} // namespace

std::vector<SyntaxNode> SyntaxNode::children() const {
    if (isNull()) return {};
    return collectChildren(m_node, m_file, [](TSNode) { return true; });
}

std::vector<SyntaxNode> SyntaxNode::namedChildren() const {
    if (isNull()) return {};
    return collectChildren(m_node, m_file, [](TSNode n) { return ts_node_is_named(n); });
}

SyntaxNode SyntaxNode::childOfKind(std::string_view k) const {
    for (const SyntaxNode& c : children())
        if (c.kind() == k) return c;
    return {};
}

} // namespace awaitscope
