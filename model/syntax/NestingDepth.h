#pragma once
// How deeply the syntax tree nests, measured without recursion. The analysis walks the
// tree, the HIR and types recursively; it runs on a large stack (util/LargeStack.h) sized
// for kMaxNestingDepth levels, and refuses deeper input with a clear message instead of
// overflowing the stack. rustc accepts far deeper nesting than any hand-written code has;
// the bound is set well above the inputs of issue 18 (20,000 nested parentheses).

#include "syntax/SyntaxTree.h"

#include <optional>

namespace awaitscope {

constexpr int kMaxNestingDepth = 60000;

/// Where the first node more than `limit` levels below the root starts, found with a
/// tree cursor (no recursion), or none when the tree is no deeper than `limit`.
std::optional<TextPosition> firstNodeDeeperThan(const SyntaxTree& tree, int limit);

} // namespace awaitscope
