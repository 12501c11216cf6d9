#pragma once
// A node's ancestors, found from the root down. tree-sitter 0.20's ts_node_parent searches
// down from the root on every call, so walking up a chain of parents is quadratic in the
// depth; one cursor descent is linear. Deeply nested code (thousands of nested blocks or
// lets) made every upward walk the analysis's hot spot.

#include "syntax/SyntaxNode.h"

#include <vector>

namespace awaitscope {

/// The nodes from the root down to `node`, `node` last. Falls back to parent() where the
/// descent does not reach `node` (a zero-width missing node).
std::vector<SyntaxNode> pathFromRoot(const SyntaxNode& node);

} // namespace awaitscope
