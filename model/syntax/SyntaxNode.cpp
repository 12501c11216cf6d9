#include "SyntaxNode.h"

#include <cstring>

namespace awaitscope {

std::string_view SyntaxNode::text() const {
    if (isNull()) return {};
    return m_file->slice(startByte(), endByte());
}

SyntaxNode SyntaxNode::field(const char* name) const {
    if (isNull()) return {};
    TSNode n = ts_node_child_by_field_name(m_node, name, static_cast<uint32_t>(std::strlen(name)));
    if (ts_node_is_null(n)) return {};
    return wrap(n);
}

std::vector<SyntaxNode> SyntaxNode::children() const {
    std::vector<SyntaxNode> result;
    if (isNull()) return result;
    const uint32_t n = childCount();
    result.reserve(n);
    for (uint32_t i = 0; i < n; ++i) result.push_back(child(i));
    return result;
}

std::vector<SyntaxNode> SyntaxNode::namedChildren() const {
    std::vector<SyntaxNode> result;
    if (isNull()) return result;
    const uint32_t n = ts_node_named_child_count(m_node);
    for (uint32_t i = 0; i < n; ++i) result.push_back(wrap(ts_node_named_child(m_node, i)));
    return result;
}

SyntaxNode SyntaxNode::childOfKind(std::string_view k) const {
    for (const SyntaxNode& c : children())
        if (c.kind() == k) return c;
    return {};
}

} // namespace awaitscope
