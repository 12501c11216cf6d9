#include "graph/ProofSteps.h"

#include "types/TypeOps.h"

namespace awaitscope {

PathStep leafStep(const Leaf& leaf, const std::string& id) {
    PathStep step{leaf.type, "`" + leaf.type + "` is not " + leaf.trait, true, {}, NodeStyle::Leaf, Badge::No, {}, id};
    const bool send = leaf.trait == "Send";
    step.rows.push_back({"leaf: not " + leaf.trait, send ? Badge::No : Badge::None, send ? Badge::None : Badge::No,
                         "rustc names this type in its help", ""});
    return step;
}

PathStep typeTreeStep(const ProofNode& node, bool isTop) {
    const std::string text = isTop ? (node.because.empty() ? "`" + node.type + "` is not " + node.trait : node.because)
                                   : proofStepText(node);
    PathStep step{text, "", node.leaf, {}, node.leaf ? NodeStyle::Leaf : NodeStyle::Type, Badge::No, {}, ""};
    if (node.leaf) {
        const bool sync = node.trait == "Sync";
        step.rows.push_back({sync ? "leaf: not Sync" : "leaf: not Send", sync ? Badge::None : Badge::No,
                             sync ? Badge::No : Badge::None, "rustc names this type in its help", ""});
    }
    for (const ProofNode& c : node.children)
        if (c.verdict == Verdict::No) step.children.push_back(typeTreeStep(c, false));
    return step;
}

bool hasLeaf(const ProofNode& node) {
    if (node.leaf) return true;
    for (const ProofNode& c : node.children)
        if (hasLeaf(c)) return true;
    return false;
}

const ProofNode* findLeaf(const ProofNode& node, const Leaf& leaf) {
    // The same obligation: the same trait on the same type (regions erased), not the same text.
    if (node.leaf && node.trait == leaf.trait && leaf.ty && sameType(node.ty, leaf.ty)) return &node;
    for (const ProofNode& c : node.children)
        if (const ProofNode* found = findLeaf(c, leaf)) return found;
    return nullptr;
}

PathStep& mergeChild(PathStep& parent, PathStep child) {
    if (!child.id.empty())
        for (PathStep& existing : parent.children)
            if (existing.id == child.id) return existing;
    parent.children.push_back(std::move(child));
    return parent.children.back();
}

} // namespace awaitscope
