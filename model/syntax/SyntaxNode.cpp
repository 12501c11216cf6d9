#include "SyntaxNode.h"

#include "NodeIndex.h"

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

SyntaxNode SyntaxNode::field(SyntaxField field) const {
    if (isNull()) return {};
    const TSFieldId id = syntaxFieldId(field);
    if (id == 0) return {}; // the grammar has no such field: SyntaxKindsTest fails first
    TSNode n = ts_node_child_by_field_id(m_node, id);
    if (ts_node_is_null(n)) return {};
    return wrap(n);
}

namespace {

// A cursor walks the children in one pass; ts_node_child(i) starts again from the first
// child for every i, which made listing the children of a file's root (one per item)
// quadratic in the number of items.
// One cursor per thread, reset to each node: a new cursor allocates its stack, and the
// passes list children hundreds of thousands of times on a large file.
class ThreadCursor {
  public:
    ~ThreadCursor() {
        if (m_made) ts_tree_cursor_delete(&m_cursor);
    }
    TSTreeCursor* at(TSNode node) {
        if (m_made)
            ts_tree_cursor_reset(&m_cursor, node);
        else
            m_cursor = ts_tree_cursor_new(node), m_made = true;
        return &m_cursor;
    }

  private:
    TSTreeCursor m_cursor{};
    bool m_made = false;
};

TSTreeCursor* threadCursorAt(TSNode node) {
    thread_local ThreadCursor threadCursor;
    return threadCursor.at(node);
}

template <class Keep> std::vector<SyntaxNode> collectChildren(TSNode node, const SourceFile* file, Keep keep) {
    std::vector<SyntaxNode> result;
    result.reserve(ts_node_child_count(node));
    TSTreeCursor* cursor = threadCursorAt(node); // `keep` never lists children itself
    if (ts_tree_cursor_goto_first_child(cursor)) {
        do {
            const TSNode child = ts_tree_cursor_current_node(cursor);
            if (keep(child)) result.emplace_back(child, file);
        } while (ts_tree_cursor_goto_next_sibling(cursor));
    }
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

// Asked for most nodes the passes look at (a `mut`, a `move`, a fn's modifiers): the thread's
// cursor walks the children without listing them into a vector first.
SyntaxNode SyntaxNode::childOfKind(SyntaxKind k) const {
    if (isNull()) return {};
    TSTreeCursor* cursor = threadCursorAt(m_node);
    if (ts_tree_cursor_goto_first_child(cursor)) {
        do {
            const TSNode child = ts_tree_cursor_current_node(cursor);
            if (syntaxKindOfSymbol(ts_node_symbol(child)) == k) return wrap(child);
        } while (ts_tree_cursor_goto_next_sibling(cursor));
    }
    return {};
}

} // namespace awaitscope
