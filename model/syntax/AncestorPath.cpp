#include "syntax/AncestorPath.h"

namespace awaitscope {

std::vector<SyntaxNode> pathFromRoot(const SyntaxNode& node) {
    std::vector<SyntaxNode> path;
    if (node.isNull()) return path;
    TSTreeCursor cursor = ts_tree_cursor_new(ts_tree_root_node(node.raw().tree));
    for (;;) {
        const SyntaxNode current(ts_tree_cursor_current_node(&cursor), node.file());
        path.push_back(current);
        if (current == node) break;
        if (ts_tree_cursor_goto_first_child_for_byte(&cursor, node.startByte()) < 0) {
            path.clear();
            break;
        }
    }
    ts_tree_cursor_delete(&cursor);
    if (path.empty())
        for (SyntaxNode n = node; n; n = n.parent()) path.insert(path.begin(), n);
    return path;
}

} // namespace awaitscope
