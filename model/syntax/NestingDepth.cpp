#include "syntax/NestingDepth.h"

#include "syntax/PreorderWalk.h"

#include <algorithm>

namespace awaitscope {

Nesting measureNesting(const SyntaxTree& tree, int limit) {
    Nesting found;
    walkPreorder(tree.root().raw(), [&](TSNode node, int depth) {
        found.depth = std::max(found.depth, depth);
        if (depth <= limit) return true;
        found.deeperThanLimit = tree.file().positionOf(ts_node_start_byte(node));
        return false;
    });
    return found;
}

} // namespace awaitscope
