#include "syntax/NestingDepth.h"

#include "syntax/PreorderWalk.h"

namespace awaitscope {

std::optional<TextPosition> firstNodeDeeperThan(const SyntaxTree& tree, int limit) {
    std::optional<TextPosition> found;
    walkPreorder(tree.root().raw(), [&](TSNode node, int depth) {
        if (depth <= limit) return true;
        found = tree.file().positionOf(ts_node_start_byte(node));
        return false;
    });
    return found;
}

} // namespace awaitscope
