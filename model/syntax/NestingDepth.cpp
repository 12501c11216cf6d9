#include "syntax/NestingDepth.h"

#include <tree_sitter/api.h>

namespace awaitscope {

std::optional<TextPosition> firstNodeDeeperThan(const SyntaxTree& tree, int limit) {
    TSTreeCursor cursor = ts_tree_cursor_new(tree.root().raw());
    std::optional<TextPosition> found;
    int depth = 0;
    bool done = false;
    while (!done) {
        if (ts_tree_cursor_goto_first_child(&cursor)) {
            if (++depth > limit) {
                found = tree.file().positionOf(ts_node_start_byte(ts_tree_cursor_current_node(&cursor)));
                done = true;
            }
            continue;
        }
        while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
            if (!ts_tree_cursor_goto_parent(&cursor)) {
                done = true;
                break;
            }
            --depth;
        }
    }
    ts_tree_cursor_delete(&cursor);
    return found;
}

} // namespace awaitscope
