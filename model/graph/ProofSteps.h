#pragma once
// A solver proof (data/ProofNode.h) as PathStep trees for the path graph: the failing
// type tree below a blamed value, one node a step, the leaves rustc names marked.

#include "data/Snapshot.h"
#include "graph/PathStep.h"

#include <string>

namespace awaitscope {

/// The leaf a diagnostic or cause names, as a node of its own.
PathStep leafStep(const Leaf& leaf, const std::string& id);

/// A type step and its failing components. The top of a tree is titled by its rule (the
/// edge into it says how it is reached); a component by how it is reached and its rule.
PathStep typeTreeStep(const ProofNode& node, bool isTop);

/// Whether any step at or below `node` is a leaf.
bool hasLeaf(const ProofNode& node);

/// The first leaf step for `leaf` below `node` (the same trait on the same type, compared as
/// types with regions erased, never as printed text), or null; null for a leaf without its type.
const ProofNode* findLeaf(const ProofNode& node, const Leaf& leaf);

/// `step`'s child with `child.id`, or `child` added: two causes reaching the same state
/// share its node (and their branches under it).
PathStep& mergeChild(PathStep& parent, PathStep child);

} // namespace awaitscope
