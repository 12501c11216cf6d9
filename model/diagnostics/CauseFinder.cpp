#include "diagnostics/CauseFinder.h"

#include "lowering/FileLowering.h"
#include "types/TypeContext.h"

namespace awaitscope {

namespace {

std::string at(TextPosition p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }

void stepsOf(const Derivation& d, int depth, std::vector<std::string>& out) {
    if (d.verdict != Verdict::No) return;
    std::string line(depth * 2, ' ');
    line += d.rule.empty() ? "`" + d.typeText + "` is not " + autoTraitName(d.trait) : d.rule;
    if (d.isLeaf) line += "  <- leaf";
    out.push_back(line);
    for (const Derivation& c : d.children) stepsOf(c, depth + 1, out);
}

} // namespace

std::vector<std::string> derivationSteps(const Derivation& d) {
    std::vector<std::string> out;
    stepsOf(d, 0, out);
    return out;
}

std::vector<Cause> CauseFinder::causes(const TypePtr& future, const Derivation& derivation,
                                       const std::string& requiredBy) const {
    std::vector<Cause> out;
    std::vector<std::string> prefix{"`" + requiredBy + "` requires its argument to be `Send`"};
    if (future->kind == TypeKind::Future && future->futureIndex >= 0) {
        std::set<int> visited;
        collect(future->futureIndex, prefix, out, visited);
        return out;
    }
    // A closure or another value: blame the value as a whole.
    Cause c;
    c.kind = "captured";
    c.variable = m_types.print(future);
    c.type = m_types.print(future);
    for (const auto& [trait, type] : AutoTraitSolver::leaves(derivation)) c.leaves.push_back({autoTraitName(trait), type});
    c.path = prefix;
    for (auto& s : derivationSteps(derivation)) c.path.push_back(s);
    out.push_back(std::move(c));
    return out;
}

void CauseFinder::blame(Cause cause, const TypePtr& type, std::vector<std::string> prefix,
                        std::vector<Cause>& out) const {
    const Derivation d = m_solver.solve(type, AutoTrait::Send);
    if (d.verdict != Verdict::No) return;
    for (const Cause& existing : out)
        if (existing.variable == cause.variable && existing.position == cause.position) return;
    cause.type = m_types.print(type);
    for (const auto& [trait, leaf] : AutoTraitSolver::leaves(d)) cause.leaves.push_back({autoTraitName(trait), leaf});
    cause.path = std::move(prefix);
    for (auto& s : derivationSteps(d)) cause.path.push_back(s);
    out.push_back(std::move(cause));
}

void CauseFinder::collect(int futureIndex, std::vector<std::string> prefix, std::vector<Cause>& out,
                          std::set<int>& visited) const {
    if (!visited.insert(futureIndex).second) return;
    const auto& lowered = m_lowering.futures();
    if (futureIndex >= static_cast<int>(lowered.size()) || !lowered[futureIndex].item) return;
    const LoweredFuture& f = lowered[futureIndex];
    prefix.push_back("the future of `" + f.item->name + "` is `Send` only if everything it stores is");
    std::set<std::string> heldArguments;
    collectSaved(f, heldArguments, prefix, out, visited);
    collectUpvars(f, heldArguments, prefix, out);
}

void CauseFinder::collectSaved(const LoweredFuture& f, std::set<std::string>& heldArguments,
                               const std::vector<std::string>& prefix, std::vector<Cause>& out,
                               std::set<int>& visited) const {
    std::set<int> blamedLocals;
    for (size_t s = 0; s < f.savedLocals.size(); ++s) {
        const TextPosition awaitAt = f.item->suspensions[s].keyword;
        for (const SavedLocal& saved : f.savedLocals[s]) {
            const Local& local = f.body.locals[saved.local];
            if (!blamedLocals.insert(saved.local).second) continue; // blamed at its first await
            Cause c;
            c.kind = "held_across_await";
            c.variable = local.name.empty() ? local.expr.value_or("") : local.name;
            c.position = local.position;
            c.awaitKeyword = awaitAt;
            auto step = prefix;
            step.push_back("Suspend" + std::to_string(s) + " (await at " + at(awaitAt) + ") holds `" +
                           c.variable + "`");
            const size_t before = out.size();
            blame(c, local.type, step, out);
            if (out.size() > before && local.kind == LocalKind::Argument) heldArguments.insert(local.name);
        }
        if (s >= f.body.awaitees.size() || !f.body.awaitees[s].type) continue;
        const Awaitee& awaitee = f.body.awaitees[s];
        if (awaitee.type->kind == TypeKind::Future && awaitee.type->futureIndex >= 0) {
            auto step = prefix;
            step.push_back("Suspend" + std::to_string(s) + " awaits `" + awaitee.expr + "` (await at " +
                           at(awaitAt) + ")");
            collect(awaitee.type->futureIndex, step, out, visited);
            continue;
        }
        Cause c; // a future rustc cannot see into: it blames the await itself
        c.kind = "awaits_non_send_future";
        c.variable = awaitee.expr;
        c.position = awaitee.position;
        c.awaitKeyword = awaitAt;
        auto step = prefix;
        step.push_back("Suspend" + std::to_string(s) + " awaits `" + awaitee.expr + "`");
        blame(c, awaitee.type, step, out);
    }
}

void CauseFinder::collectUpvars(const LoweredFuture& f, const std::set<std::string>& heldArguments,
                                const std::vector<std::string>& prefix, std::vector<Cause>& out) const {
    for (const Upvar& u : f.body.upvars) {
        if (heldArguments.count(u.name)) continue; // rustc blames the local copy instead
        Cause c;
        c.kind = "captured";
        c.variable = u.name;
        c.position = u.position;
        auto step = prefix;
        step.push_back("every state stores the captured `" + u.name + "`");
        blame(c, u.type, step, out);
    }
}

} // namespace awaitscope
