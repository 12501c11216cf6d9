#pragma once
// A syntax node's identity as ts_node_eq sees it (its tree and its node id), hashable: the
// key of the maps from nodes to what was built for them (the HIR's source map, the HIR of
// each owner).

#include "SyntaxNode.h"

#include <functional>
#include <utility>

namespace awaitscope {

using SyntaxNodeKey = std::pair<const void*, const void*>;

inline SyntaxNodeKey syntaxNodeKey(const SyntaxNode& n) {
    return {n.raw().tree, n.raw().id};
}

struct SyntaxNodeKeyHash {
    size_t operator()(const SyntaxNodeKey& k) const {
        return std::hash<const void*>()(k.first) * 31 + std::hash<const void*>()(k.second);
    }
};

} // namespace awaitscope
