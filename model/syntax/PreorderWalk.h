#pragma once
// Visits every node of a tree-sitter subtree in pre-order with a tree cursor: no recursion
// on the native stack (the tree may nest tens of thousands of levels) and no parent()
// lookups, which tree-sitter 0.20 answers by descending from the root again.

#include <tree_sitter/api.h>

namespace awaitscope {

/// Calls `visit(node, depth)` for `root` (depth 0) and each node below it, parents before
/// their children. The walk stops early when `visit` returns false.
template <class Visit> void walkPreorder(TSNode root, Visit visit) {
    TSTreeCursor cursor = ts_tree_cursor_new(root);
    int depth = 0;
    for (bool more = visit(ts_tree_cursor_current_node(&cursor), 0); more;) {
        if (ts_tree_cursor_goto_first_child(&cursor)) {
            more = visit(ts_tree_cursor_current_node(&cursor), ++depth);
            continue;
        }
        for (;;) {
            if (ts_tree_cursor_goto_next_sibling(&cursor)) {
                more = visit(ts_tree_cursor_current_node(&cursor), depth);
                break;
            }
            if (depth == 0 || !ts_tree_cursor_goto_parent(&cursor)) {
                more = false;
                break;
            }
            --depth;
        }
    }
    ts_tree_cursor_delete(&cursor);
}

/// As walkPreorder, but `visit(node)` says whether to go into the node's children: a
/// subtree it declines is skipped whole.
template <class Visit> void walkPreorderPruned(TSNode root, Visit visit) {
    TSTreeCursor cursor = ts_tree_cursor_new(root);
    int depth = 0;
    for (bool descend = visit(ts_tree_cursor_current_node(&cursor));;) {
        if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
            ++depth;
            descend = visit(ts_tree_cursor_current_node(&cursor));
            continue;
        }
        bool moved = false;
        while (depth > 0 && !(moved = ts_tree_cursor_goto_next_sibling(&cursor))) {
            ts_tree_cursor_goto_parent(&cursor);
            --depth;
        }
        if (!moved) break;
        descend = visit(ts_tree_cursor_current_node(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
}

} // namespace awaitscope
