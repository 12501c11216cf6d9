#include "diagnostics/CauseFinder.h"

#include "lowering/FileLowering.h"
#include "types/TypeContext.h"

#include <algorithm>

namespace awaitscope {

namespace {

using LeafKey = std::pair<AutoTrait, std::string>;


bool reachesWanted(const Derivation& d, const std::vector<Leaf>* wanted) {
    if (!wanted) return true;
    const auto leaves = AutoTraitSolver::leaves(d);
    return std::any_of(leaves.begin(), leaves.end(), [&](const LeafKey& k) {
        return std::any_of(wanted->begin(), wanted->end(), [&](const Leaf& l) {
            return l.trait == autoTraitName(k.first) && l.type == k.second;
        });
    });
}

void stepsOf(const Derivation& d, int depth, const std::vector<Leaf>* wanted, std::vector<std::string>& out) {
    if (d.verdict != Verdict::No || !reachesWanted(d, wanted)) return;
    std::string line(depth * 2, ' ');
    // "how we got here" (a field, an element, a captured value), then the rule that applies.
    if (!d.via.empty()) line += d.via + ": ";
    line += d.rule.empty() ? "`" + d.typeText + "` is not " + autoTraitName(d.trait) : d.rule;
    if (d.isLeaf) line += "  <- leaf";
    out.push_back(line);
    for (const Derivation& c : d.children) stepsOf(c, depth + 1, wanted, out);
}

bool isBareTuple(const CauseFinder::Candidate& c) {
    return c.cause.kind == "held_across_await" && c.type && c.type->kind == TypeKind::Tuple && !c.type->args.empty();
}

} // namespace

std::vector<std::string> derivationSteps(const Derivation& d) {
    std::vector<std::string> out;
    stepsOf(d, 0, nullptr, out);
    return out;
}

std::vector<std::string> derivationStepsTo(const Derivation& d, const std::vector<Leaf>& leaves) {
    std::vector<std::string> out;
    stepsOf(d, 0, &leaves, out);
    return out;
}

std::vector<Cause> CauseFinder::causes(const TypePtr& future, const Derivation& derivation,
                                       const std::string& requiredBy) const {
    const std::vector<std::string> prefix{"`" + requiredBy + "` requires its argument to be `Send`"};
    std::vector<Candidate> candidates;
    std::set<int> visited;
    if (future->kind == TypeKind::Future && future->futureIndex >= 0)
        collect(future->futureIndex, prefix, candidates, visited);
    else
        candidates.push_back({{"captured", m_types.print(future), std::nullopt, {}, std::nullopt, {}, {}}, future, prefix});

    // One rustc error per leaf; each blames the first value whose type holds that leaf.
    std::vector<Cause> out;
    std::vector<Derivation> derivations;
    for (const Candidate& c : candidates) derivations.push_back(m_solver.solve(c.type, AutoTrait::Send));
    for (const LeafKey& leaf : AutoTraitSolver::leaves(derivation)) {
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (derivations[i].verdict != Verdict::No) continue;
            const auto leaves = AutoTraitSolver::leaves(derivations[i]);
            if (std::find(leaves.begin(), leaves.end(), leaf) == leaves.end()) continue;
            // rustc names no value held as a bare tuple (`(u8, Rc<u8>)`): a plain E0277 with
            // only the leaf, though it does for arrays, structs and enums. The caller keeps
            // such unattributed leaves on the diagnostic itself.
            if (isBareTuple(candidates[i])) break;
            auto existing = std::find_if(out.begin(), out.end(), [&](const Cause& c) {
                return c.variable == candidates[i].cause.variable && c.position == candidates[i].cause.position;
            });
            if (existing == out.end()) {
                Cause cause = candidates[i].cause;
                cause.type = m_types.print(candidates[i].type);
                cause.path = candidates[i].path;
                for (auto& s : derivationSteps(derivations[i])) cause.path.push_back(s);
                out.push_back(std::move(cause));
                existing = out.end() - 1;
            }
            existing->leaves.push_back({autoTraitName(leaf.first), leaf.second});
            break;
        }
    }
    return out;
}

void CauseFinder::collect(int futureIndex, std::vector<std::string> prefix, std::vector<Candidate>& out,
                          std::set<int>& visited) const {
    if (!visited.insert(futureIndex).second) return;
    const auto& lowered = m_lowering.futures();
    if (futureIndex >= static_cast<int>(lowered.size()) || !lowered[futureIndex].item) return;
    const LoweredFuture& f = lowered[futureIndex];
    prefix.push_back("the future of `" + f.item->name + "` is `Send` only if everything it stores is");
    collectInterior(f, prefix, out, visited);
    collectUpvars(f, prefix, out);
}

bool CauseFinder::intoNestedFutures(const TypePtr& type, const std::vector<std::string>& prefix,
                                    std::vector<Candidate>& out, std::set<int>& visited) const {
    // rustc looks into the file's own futures (also inside join!'s tuple of futures).
    if (type && type->kind == TypeKind::Future && type->futureIndex >= 0) {
        collect(type->futureIndex, prefix, out, visited);
        return true;
    }
    if (!type || type->kind != TypeKind::Tuple) return false;
    bool any = false;
    for (const TypePtr& element : type->args) any = intoNestedFutures(element, prefix, out, visited) || any;
    return any;
}

void CauseFinder::collectInterior(const LoweredFuture& f, const std::vector<std::string>& prefix,
                                  std::vector<Candidate>& out, std::set<int>& visited) const {
    std::set<int> seenLocals;
    for (size_t s = 0; s < f.savedLocals.size(); ++s) {
        const TextPosition awaitAt = f.item->suspensions[s].keyword;
        const std::string state = "Suspend" + std::to_string(s) + " (await at " + toString(awaitAt) + ")";
        for (const SavedLocal& saved : f.savedLocals[s]) {
            const Local& local = f.body.locals[saved.local];
            if (!seenLocals.insert(saved.local).second) continue; // blamed at its first await
            auto step = prefix;
            const std::string name = local.name.empty() ? local.expr.value_or("") : local.name;
            step.push_back(state + " holds `" + name + "`");
            if (intoNestedFutures(local.type, step, out, visited)) continue;
            out.push_back({{"held_across_await", name, std::nullopt, local.position, awaitAt, {}, {}}, local.type, step});
        }
        if (s >= f.body.awaitees.size() || !f.body.awaitees[s].type) continue;
        const Awaitee& awaitee = f.body.awaitees[s];
        auto step = prefix;
        step.push_back(state + " awaits `" + awaitee.expr + "`");
        if (intoNestedFutures(awaitee.type, step, out, visited)) continue;
        // A future rustc cannot see into (Pin<Box<dyn Future>>...): it blames the await.
        out.push_back({{"awaits_non_send_future", awaitee.expr, std::nullopt, awaitee.position, awaitAt, {}, {}},
                       awaitee.type, step});
    }
}

void CauseFinder::collectUpvars(const LoweredFuture& f, const std::vector<std::string>& prefix,
                                std::vector<Candidate>& out) const {
    for (const Upvar& u : f.body.upvars) {
        auto step = prefix;
        step.push_back("every state stores the captured `" + u.name + "`");
        out.push_back({{"captured", u.name, std::nullopt, u.position, std::nullopt, {}, {}}, u.type, step});
    }
}

} // namespace awaitscope
