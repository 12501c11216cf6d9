#pragma once
// A thin, value-typed view of a tree-sitter node that knows its source file, so that
// passes can ask for text and positions without threading the file around.

#include "SourceFile.h"
#include "SyntaxKind.h"

#include <tree_sitter/api.h>

#include <string>
#include <string_view>
#include <vector>

namespace awaitscope {

class SyntaxNode {
  public:
    SyntaxNode() = default;
    SyntaxNode(TSNode node, const SourceFile* file) : m_node(node), m_file(file) {}

    bool isNull() const { return m_file == nullptr || ts_node_is_null(m_node); }
    explicit operator bool() const { return !isNull(); }

    /// The node's type as an enumerator: one table read, no string compare.
    SyntaxKind kind() const { return m_node.id ? syntaxKindOfSymbol(ts_node_symbol(m_node)) : SyntaxKind::Unknown; }
    bool is(SyntaxKind k) const { return !isNull() && kind() == k; }
    bool isNamed() const { return ts_node_is_named(m_node); }
    bool isMissing() const { return ts_node_is_missing(m_node); }
    bool hasError() const { return ts_node_has_error(m_node); }
    // tree-sitter 0.20.7 has no ts_node_is_error: an error node is a node of type ERROR.
    bool isError() const { return is(SyntaxKind::Error); }

    std::string_view text() const;
    uint32_t startByte() const { return ts_node_start_byte(m_node); }
    uint32_t endByte() const { return ts_node_end_byte(m_node); }
    // A missing node (`let f(x);` has no value) has no position: {0, 0}, not a crash.
    TextPosition start() const { return isNull() ? TextPosition{} : m_file->positionOf(startByte()); }
    TextPosition end() const { return isNull() ? TextPosition{} : m_file->positionOf(endByte()); }
    TextRange range() const { return {start(), end()}; }

    SyntaxNode field(SyntaxField field) const;
    /// The nearest visible ancestor, from the file's NodeIndex when the node is in it.
    SyntaxNode parent() const;
    SyntaxNode prevNamedSibling() const { return wrap(ts_node_prev_named_sibling(m_node)); }
    uint32_t childCount() const { return ts_node_child_count(m_node); }
    SyntaxNode child(uint32_t i) const { return wrap(ts_node_child(m_node, i)); }
    std::vector<SyntaxNode> children() const;
    std::vector<SyntaxNode> namedChildren() const;
    /// The first direct child of the given kind, named or anonymous.
    SyntaxNode childOfKind(SyntaxKind k) const;
    bool hasChildToken(SyntaxKind token) const { return !childOfKind(token).isNull(); }

    const SourceFile* file() const { return m_file; }
    TSNode raw() const { return m_node; }
    bool operator==(const SyntaxNode& o) const { return ts_node_eq(m_node, o.m_node); }

  private:
    SyntaxNode wrap(TSNode n) const { return SyntaxNode(n, m_file); }
    TSNode m_node{};
    const SourceFile* m_file = nullptr;
};

} // namespace awaitscope
