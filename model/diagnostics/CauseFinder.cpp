#include "diagnostics/CauseFinder.h"

#include "lowering/FileLowering.h"
#include "types/TypeContext.h"
#include "types/TypeOps.h"

#include <algorithm>

namespace awaitscope {

namespace {

// A value as rustc's note names it: a binding by its name; a temporary, a for loop's hidden
// `iter` and an argument named apart from its span (`&self`, `__arg0` for `(a, _)`) by the
// source text of their span (`names.iter()`).
std::string blamedName(const Local& local) {
    if ((local.kind == LocalKind::Iterator || local.kind == LocalKind::Argument) && local.expr) return *local.expr;
    return local.name.empty() ? local.expr.value_or("") : local.name;
}

// rustc names a captured value only when the captured variable's type is the one the
// obligation fails on (rustc_trait_selection, `note_obligation_cause_for_async_await`
// looks through `upvars_mentioned`, which lists variables). A captured place
// (`conn.stats` of edition 2021) is not a variable: the error has the leaf alone.
const char* const kCapturedPlace = "captured_place";

// A generic async fn's future holds its parameter `T` where an instance has `Rc<u8>`: rustc
// looks for the failing type among the interior types of the innermost coroutine on the
// obligation's path, finds only `T` there and names no value (a plain E0277 with the
// leaf), even when an outer future holds that instance in a local it could have named.
const char* const kGenericInstance = "generic_instance";

bool isBareTuple(const CauseFinder::Candidate& c) {
    return c.cause.kind == "held_across_await" && c.type && c.type->kind == TypeKind::Tuple && !c.type->args.empty();
}

/// The route's steps nested one under the other, the value's own proof at the bottom.
ProofNode chain(std::vector<ProofNode> route, ProofNode value) {
    value.via = route.back().via;
    value.held = route.back().held;
    route.back() = std::move(value);
    for (size_t k = route.size() - 1; k > 0; --k) route[k - 1].children = {std::move(route[k])};
    return std::move(route.front());
}

} // namespace

namespace {

/// A generic async fn's future holds its arguments' types where the body says `T`.
Substitution instanceArguments(const Type& future) {
    Substitution generics;
    for (size_t i = 0; i < future.genericNames.size() && i < future.args.size(); ++i)
        generics[future.genericNames[i]] = future.args[i];
    return generics;
}

/// A future or opaque type that a parameter in scope picks through a bound: a trait's async
/// fn or `-> impl Trait` called through `T: Job`, an async Fn bound's call future.
bool isRigidAlias(const Type& type) {
    if (type.kind == TypeKind::Projection) return type.declaredInScope;
    return (type.kind == TypeKind::LibraryFuture || type.kind == TypeKind::ImplTrait) &&
           AutoTraitSolver::traitSelf(type);
}

/// The type a rigid alias is of: a projection's self type, a trait future's `Self`.
TypePtr aliasSelf(const Type& alias) {
    return alias.kind == TypeKind::Projection ? alias.args.at(0) : AutoTraitSolver::traitSelf(alias);
}

/// rustc compares a parameter with a parameter (ty::Param: its index and name), so `F` in the
/// body and `F` in the instance are equal where an `impl Trait` parameter given as `G` is not.
bool sameParameter(const TypePtr& a, const TypePtr& b) {
    return a && b && a->kind == TypeKind::Param && b->kind == TypeKind::Param && a->path == b->path;
}

} // namespace

ProofNode proofTo(const Derivation& d, const std::vector<Leaf>& leaves) {
    std::vector<SolverLeaf> wanted;
    for (const Leaf& l : leaves)
        wanted.push_back({l.trait == autoTraitName(AutoTrait::Sync) ? AutoTrait::Sync : AutoTrait::Send, l.ty, l.type});
    return AutoTraitSolver::proof(d, &wanted);
}

std::vector<Cause> CauseFinder::causes(const TypePtr& future, const Derivation& derivation,
                                       const std::string& requiredBy, AutoTrait trait) const {
    ProofNode site;
    site.trait = autoTraitName(trait);
    site.type = m_types.print(future);
    site.ty = future;
    site.via = "`" + requiredBy + "` requires its argument to be `" + site.trait + "`";
    std::vector<Candidate> candidates;
    std::set<int> visited;
    if (future->kind == TypeKind::Future && future->futureIndex >= 0)
        collect(future->futureIndex, {site}, candidates, visited, instanceArguments(*future));
    else
        candidates.push_back(
            {{"captured", m_types.print(future), std::nullopt, nullptr, {}, std::nullopt, {}, {}, {}}, future, {site}});

    // One rustc error per leaf; each blames the first value whose type holds that leaf.
    std::vector<Cause> out;
    std::vector<Derivation> derivations;
    for (const Candidate& c : candidates) derivations.push_back(m_solver.solve(c.type, trait));
    for (const SolverLeaf& leaf : AutoTraitSolver::typedLeaves(derivation)) {
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (derivations[i].verdict != Verdict::No) continue;
            const auto leaves = AutoTraitSolver::typedLeaves(derivations[i]);
            if (std::none_of(leaves.begin(), leaves.end(), [&](const SolverLeaf& l) { return l.sameAs(leaf); }))
                continue;
            // rustc names no value held as a bare tuple (`(u8, Rc<u8>)`): a plain E0277 with
            // only the leaf, though it does for arrays, structs and enums. The caller keeps
            // such unattributed leaves on the diagnostic itself.
            const std::string& kind = candidates[i].cause.kind;
            if (isBareTuple(candidates[i]) || kind == kCapturedPlace || kind == kGenericInstance) break;
            auto existing = std::find_if(out.begin(), out.end(), [&](const Cause& c) {
                return c.variable == candidates[i].cause.variable && c.position == candidates[i].cause.position;
            });
            if (existing == out.end()) {
                Cause cause = candidates[i].cause;
                cause.type = m_types.print(candidates[i].type);
                cause.ty = candidates[i].type;
                cause.derivation = chain(candidates[i].route, AutoTraitSolver::proof(derivations[i]));
                cause.path = derivationPath(cause.derivation);
                out.push_back(std::move(cause));
                existing = out.end() - 1;
            }
            existing->leaves.push_back({autoTraitName(leaf.trait), leaf.text, leaf.type, leaf.rule});
            break;
        }
    }
    return out;
}

void CauseFinder::collect(int futureIndex, std::vector<ProofNode> route, std::vector<Candidate>& out,
                          std::set<int>& visited, const Substitution& generics) const {
    if (!visited.insert(futureIndex).second) return;
    const auto& lowered = m_lowering.futures();
    if (futureIndex >= static_cast<int>(lowered.size()) || !lowered[futureIndex].item) return;
    const LoweredFuture& f = lowered[futureIndex];
    ProofNode& here = route.back(); // the step that reached this future
    here.rule = DerivationRule::FutureState;
    here.future = FutureId{futureIndex};
    here.because =
        "the future of `" + f.item->name + "` is `" + route.front().trait + "` only if everything it stores is";
    collectInterior(f, route, out, visited, generics);
    collectUpvars(f, route, out, generics);
}

ProofNode CauseFinder::heldStep(HeldValue held, const std::string& via, const TypePtr& type) const {
    ProofNode step;
    step.trait = "Send";
    step.type = type ? m_types.print(type) : "";
    step.ty = type;
    step.via = via;
    step.held = std::move(held);
    return step;
}

bool CauseFinder::intoNestedFutures(const TypePtr& type, const std::vector<ProofNode>& route,
                                    std::vector<Candidate>& out, std::set<int>& visited,
                                    const Substitution& generics) const {
    // rustc looks into the file's own futures (also inside join!'s tuple of futures).
    if (type && type->kind == TypeKind::Future && type->futureIndex >= 0) {
        auto into = route;
        into.back().type = m_types.print(type);
        into.back().ty = type;
        collect(type->futureIndex, std::move(into), out, visited, instanceArguments(*type));
        return true;
    }
    // A trait's async fn awaited through a bound, in an instance that fixes `Self`: rustc
    // looks into the impl's future (`<Local as Source>::fetch`).
    if (type && type->kind == TypeKind::LibraryFuture)
        if (const TypePtr impl = m_types.implFuture(*substitute(type, generics)))
            return intoNestedFutures(impl, route, out, visited);
    // Also inside a struct or enum instantiated with a future (`Pending<F>` holding `job()`):
    // rustc's note names the value in the innermost coroutine whose interior holds the leaf.
    if (!type || (type->kind != TypeKind::Tuple && type->kind != TypeKind::Adt)) return false;
    bool any = false;
    for (const TypePtr& element : type->args) any = intoNestedFutures(element, route, out, visited, generics) || any;
    return any;
}

void CauseFinder::collectInterior(const LoweredFuture& f, const std::vector<ProofNode>& route,
                                  std::vector<Candidate>& out, std::set<int>& visited,
                                  const Substitution& generics) const {
    std::set<int> seenLocals;
    for (size_t s = 0; s < f.savedLocals.size(); ++s) {
        const TextPosition awaitAt = f.item->suspensions[s].keyword;
        const int stateIndex = static_cast<int>(s) + 1; // after Unresumed
        const std::string state = "Suspend" + std::to_string(s) + " (await at " + toString(awaitAt) + ")";
        for (const SavedLocal& saved : f.savedLocals[s]) {
            const Local& local = f.body.locals[saved.local];
            if (!seenLocals.insert(saved.local).second) continue; // blamed at its first await
            const std::string name = blamedName(local);
            const TypePtr& type = local.type;
            auto step = route;
            step.push_back(heldStep({f.item->id, stateIndex, HeldValue::Kind::Local, name, local.position, awaitAt},
                                    state + " holds `" + name + "`", type));
            if (intoNestedFutures(type, step, out, visited, generics)) continue;
            const TypePtr instance = inInstance(type, generics);
            out.push_back({{instance ? kGenericInstance : "held_across_await",
                            name,
                            std::nullopt,
                            nullptr,
                            local.position,
                            awaitAt,
                            {},
                            {},
                            {}},
                           instance ? instance : type,
                           step});
        }
        if (s >= f.body.awaitees.size() || !f.body.awaitees[s].type) continue;
        const Awaitee& awaitee = f.body.awaitees[s];
        const TypePtr& type = awaitee.type;
        auto step = route;
        step.push_back(
            heldStep({f.item->id, stateIndex, HeldValue::Kind::Awaitee, awaitee.expr, awaitee.position, awaitAt},
                     state + " awaits `" + awaitee.expr + "`", type));
        if (intoNestedFutures(type, step, out, visited, generics)) continue;
        // A future rustc cannot see into (Pin<Box<dyn Future>>...): it blames the await. A
        // rigid alias of the instance's parameter (`T::run()`'s future, `f()`'s
        // `CallRefFuture`) is blamed as the instance has it, the type its leaf names.
        // rustc finds the leaf among the body's own types, where a parameter is equal to the
        // instance's only as the same parameter (`F` and `F`): an `impl AsyncFn()` parameter the
        // instance gives as `F` names no value (a plain E0277), as kGenericInstance.
        const TypePtr instance = isRigidAlias(*type) && !generics.empty() ? substitute(type, generics) : nullptr;
        const bool renamed = instance && !sameParameter(aliasSelf(*type), aliasSelf(*instance));
        out.push_back({{renamed ? kGenericInstance : "awaits_non_send_future",
                        awaitee.expr,
                        std::nullopt,
                        nullptr,
                        awaitee.position,
                        awaitAt,
                        {},
                        {},
                        {}},
                       instance ? instance : type,
                       step});
    }
}

/// The type a generic future's value has in this instance, when that differs from the
/// body's (`T` -> `Rc<u8>`); null otherwise.
TypePtr CauseFinder::inInstance(const TypePtr& type, const Substitution& generics) {
    if (generics.empty() || !containsParam(type)) return nullptr;
    TypePtr instance = substitute(type, generics);
    return sameType(instance, type) ? nullptr : instance;
}

void CauseFinder::collectUpvars(const LoweredFuture& f, const std::vector<ProofNode>& route,
                                std::vector<Candidate>& out, const Substitution& generics) const {
    for (const Upvar& u : storedUpvars(f.body.upvars)) {
        const TypePtr& type = u.type;
        const std::string& name = u.notedAs.empty() ? u.name : u.notedAs;
        auto step = route;
        step.push_back(heldStep({f.item->id, -1, HeldValue::Kind::Upvar, name, u.position, std::nullopt},
                                "every state stores the captured `" + name + "`", type));
        const bool place = u.name.find('.') != std::string::npos; // `conn.stats`: a field, not a variable
        const TypePtr instance = inInstance(type, generics);
        const char* kind = place ? kCapturedPlace : instance ? kGenericInstance : "captured";
        out.push_back({{kind, name, std::nullopt, nullptr, u.position, std::nullopt, {}, {}, {}},
                       instance ? instance : type,
                       step});
    }
}

} // namespace awaitscope
