#include "syntax/NestingDepth.h"

#include "syntax/AncestorIndex.h"
#include "syntax/PreorderWalk.h"

#include <algorithm>

namespace awaitscope {

Nesting measureNesting(const SyntaxTree& tree, int limit) {
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

} // namespace awaitscope
