#include "syntax/NestingDepth.h"

#include "syntax/AncestorIndex.h"
#include "syntax/PreorderWalk.h"

#include <algorithm>
#include <thread>

namespace awaitscope {

namespace {

/// What the walk of some of the root's children found (each child at depth 1).
struct Part {
    int depth = 0;
    std::optional<uint32_t> deeperAt; // the start byte of the first node deeper than the limit
    AncestorIndex scopes;
};

void walkChildren(const std::vector<TSNode>& children, size_t from, size_t to, int limit, Part& part) {
    for (size_t i = from; i < to && !part.deeperAt; ++i)
        walkPreorder(children[i], [&](TSNode node, int below) {
            const int depth = below + 1;
            part.depth = std::max(part.depth, depth);
            if (depth <= limit) {
                part.scopes.add(node, depth);
                return true;
            }
            part.deeperAt = ts_node_start_byte(node);
            return false;
        });
}

std::vector<TSNode> childrenOf(TSNode root) {
    std::vector<TSNode> children;
    TSTreeCursor cursor = ts_tree_cursor_new(root);
    for (bool more = ts_tree_cursor_goto_first_child(&cursor); more; more = ts_tree_cursor_goto_next_sibling(&cursor))
        children.push_back(ts_tree_cursor_current_node(&cursor));
    ts_tree_cursor_delete(&cursor);
    return children;
}

/// The child where the second part starts: about half the root's bytes on each side.
size_t middleChild(const std::vector<TSNode>& children) {
    if (children.size() < 2) return children.size();
    const uint32_t start = ts_node_start_byte(children.front()), end = ts_node_end_byte(children.back());
    const uint32_t half = start + (end - start) / 2;
    size_t i = 1;
    while (i + 1 < children.size() && ts_node_start_byte(children[i]) < half) ++i;
    return i;
}

// One pre-order walk of the whole tree (depth 0 the root).
Nesting walkWhole(const SyntaxTree& tree, int limit) {
    Nesting found;
    // The same walk indexes the tree's item scopes, which the type context reads next.
    auto scopes =
        std::make_shared<AncestorIndex>(tree.root(), AncestorIndex::itemScopeKinds(), AncestorIndex::Unfilled{});
    walkPreorder(tree.root().raw(), [&](TSNode node, int depth) {
        found.depth = std::max(found.depth, depth);
        if (depth <= limit) {
            scopes->add(node, depth);
            return true;
        }
        found.deeperThanLimit = tree.file().positionOf(ts_node_start_byte(node));
        return false;
    });
    if (!found.deeperThanLimit) tree.setItemScopes(std::move(scopes)); // only a whole walk indexes every item
    return found;
}

} // namespace

// With `twoThreads` the root's children are split in two runs of about equal size, the
// later run walked on a second thread (the walk is a cursor loop: the usual stack does),
// and the two parts give what the walk of the whole gives: each stops at its first node
// deeper than the limit, and the first part's, when both have one, is the walk's first.
Nesting measureNesting(const SyntaxTree& tree, int limit, bool twoThreads) {
    const SyntaxNode root = tree.root();
    if (!twoThreads || limit < 1 || !root.is(SyntaxKind::SourceFile)) return walkWhole(tree, limit);
    const std::vector<TSNode> children = childrenOf(root.raw());
    const size_t middle = middleChild(children);
    if (middle >= children.size()) return walkWhole(tree, limit);
    const auto kinds = AncestorIndex::itemScopeKinds();
    Part first{0, std::nullopt, AncestorIndex(root, kinds, AncestorIndex::Unfilled{})};
    Part second{0, std::nullopt, AncestorIndex(root, kinds, AncestorIndex::Unfilled{})};
    first.scopes.add(root.raw(), 0);
    std::thread later;
    try {
        later = std::thread([&] { walkChildren(children, middle, children.size(), limit, second); });
    } catch (const std::system_error&) { // no thread to be had: walked below, in order
    }
    walkChildren(children, 0, middle, limit, first);
    if (later.joinable())
        later.join();
    else if (!first.deeperAt)
        walkChildren(children, middle, children.size(), limit, second);
    Nesting found;
    found.depth = std::max(first.depth, second.depth);
    if (const auto at = first.deeperAt ? first.deeperAt : second.deeperAt) {
        found.deeperThanLimit = tree.file().positionOf(*at);
        return found; // only a whole walk indexes every item
    }
    first.scopes.append(std::move(second.scopes));
    tree.setItemScopes(std::make_shared<AncestorIndex>(std::move(first.scopes)));
    return found;
}

} // namespace awaitscope
