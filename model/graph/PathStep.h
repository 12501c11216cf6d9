#pragma once
// One step of a propagation path as a tree: the input of PropagationPathGraph, built
// from a cause's proof (data/ProofNode.h, see graph/ProofSteps.h).

#include "graph/GraphDescription.h"

#include <string>
#include <vector>

namespace awaitscope {

struct PathStep {
    std::string text;    // "scores: RefMut<'_, HashMap<String, i64>>"
    std::string rule;    // the edge from the parent: "field `value: NonNull<T>`"
    bool isLeaf = false; // fails here, not through a component
    std::vector<PathStep> children;
    NodeStyle style = NodeStyle::Type;
    Badge verdict = Badge::No;  // a path shows why something fails: No unless told
    std::vector<GraphRow> rows; // optional extra lines under the title
    std::string id;             // semantic identity; "" = derived from the parent's
};

} // namespace awaitscope
