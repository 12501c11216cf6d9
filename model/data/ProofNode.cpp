#include "data/ProofNode.h"

namespace awaitscope {

std::string derivationRuleName(DerivationRule rule) {
    switch (rule) {
    case DerivationRule::Builtin: return "builtin";
    case DerivationRule::Unknown: return "unknown";
    case DerivationRule::Cycle: return "cycle";
    case DerivationRule::Reference: return "reference";
    case DerivationRule::Elements: return "elements";
    case DerivationRule::ObjectBounds: return "object_bounds";
    case DerivationRule::FutureCaptures: return "future_captures";
    case DerivationRule::FutureState: return "future_state";
    case DerivationRule::Fields: return "fields";
    case DerivationRule::PhantomData: return "phantom_data";
    case DerivationRule::Impl: return "impl";
    case DerivationRule::NegativeImpl: return "negative_impl";
    case DerivationRule::NoImpl: return "no_impl";
    case DerivationRule::ImplBound: return "impl_bound";
    case DerivationRule::GenericBound: return "generic_bound";
    case DerivationRule::UnboundedParam: return "unbounded_param";
    case DerivationRule::HiddenType: return "hidden_type";
    }
    return "unknown";
}

namespace {

std::string ruleWords(const ProofNode& n) {
    return n.because.empty() ? "`" + n.type + "` is not " + n.trait : n.because;
}

void typeLines(const ProofNode& n, int depth, bool withVia, std::vector<std::string>& out) {
    if (n.verdict != Verdict::No) return;
    std::string line(static_cast<size_t>(depth) * 2, ' ');
    if (withVia && !n.via.empty()) line += n.via + ": ";
    line += ruleWords(n);
    if (n.leaf) line += "  <- leaf";
    out.push_back(line);
    for (const ProofNode& c : n.children) typeLines(c, depth + 1, true, out);
}

} // namespace

std::string proofStepText(const ProofNode& node) {
    return (node.via.empty() ? "" : node.via + ": ") + ruleWords(node);
}

std::vector<std::string> derivationPath(const ProofNode& root) {
    std::vector<std::string> out;
    if (root.trait.empty()) return out; // no proof
    const ProofNode* n = &root;
    // The route: how each step is reached, and each future's own words.
    for (;;) {
        if (!n->via.empty()) out.push_back(n->via);
        if (!n->isRouteFuture()) break;
        out.push_back(n->because);
        n = &n->children.front();
    }
    typeLines(*n, 0, false, out); // the value's type tree; its `via` is the route's last line
    return out;
}

} // namespace awaitscope
