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
/// Deeper trees are indexed (SyntaxTree::indexNodes) before the analysis walks them.
constexpr int kIndexedNestingDepth = 128;

struct Nesting {
    int depth = 0;                               ///< levels below the root, counted up to limit + 1
    std::optional<TextPosition> deeperThanLimit; ///< where the first node deeper than the limit starts
};

/// The tree's depth, measured with a tree cursor (no recursion), up to `limit`. A tree no
/// deeper than `limit` keeps the walk's index of its item scopes (SyntaxTree::itemScopes).
/// With `twoThreads`, a file's items are walked in two halves at once; the result is the same.
Nesting measureNesting(const SyntaxTree& tree, int limit, bool twoThreads = false);

/// Where the first node more than `limit` levels below the root starts, or none when the
/// tree is no deeper than `limit`.
inline std::optional<TextPosition> firstNodeDeeperThan(const SyntaxTree& tree, int limit) {
    return measureNesting(tree, limit).deeperThanLimit;
}

} // namespace awaitscope
