#include "diagnostics/SendDiagnostics.h"

#include "diagnostics/CauseFinder.h"
#include "diagnostics/CoercionSites.h"
#include "lowering/FileLowering.h"
#include "traits/AutoTraitSolver.h"
#include "types/TypeContext.h"
#include "types/TypeLowering.h"
#include "types/TypeOps.h"

#include <algorithm>
#include <optional>

namespace awaitscope {

std::string futureDescription(const TypePtr& t, const std::vector<FutureInfo>& futures) {
    if (t->kind == TypeKind::Future && t->futureIndex >= 0 && t->futureIndex < static_cast<int>(futures.size())) {
        const FutureInfo& f = futures[t->futureIndex];
        if (f.kind == FutureKind::AsyncFn) return "future returned by `" + f.name + "`";
        return f.kind == FutureKind::AsyncBlock ? "future created by async block" : "future created by async closure";
    }
    if (t->kind == TypeKind::Closure) return "closure";
    return "value";
}

static void setUnblamedProof(const Derivation& derivation, Diagnostic& d) {
    if (d.leaves.empty()) return; // every leaf has its cause, with its own proof
    d.derivation = proofTo(derivation, d.leaves);
    d.path = derivationPath(*d.derivation);
}

/// Leaves rustc attributes to no value (a held tuple, a generic instance's parameter)
/// are named by the diagnostic itself, as rustc's plain E0277 does.
void addUnblamedLeaves(const Derivation& derivation, Diagnostic& d) {
    for (const SolverLeaf& solved : AutoTraitSolver::typedLeaves(derivation)) {
        const Leaf leaf{autoTraitName(solved.trait), solved.text, solved.type, solved.rule};
        const bool blamed = std::any_of(d.causes.begin(), d.causes.end(), [&](const Cause& c) {
            return std::any_of(c.leaves.begin(), c.leaves.end(),
                               [&](const Leaf& l) { return l.trait == leaf.trait && sameType(l.ty, leaf.ty); });
        });
        if (!blamed) d.leaves.push_back(leaf);
    }
    setUnblamedProof(derivation, d);
    if (d.causes.empty() && !d.leaves.empty()) // rustc's plain E0277 wording
        d.message = "`" + d.leaves.front().type + "` cannot be sent between threads safely";
}

namespace {

bool isSendBound(const TraitBound& b) {
    return b.path == "std::marker::Send" || b.path == "Send";
}

bool isSyncBound(const TraitBound& b) {
    return b.path == traits::Sync || b.path == "Sync";
}

/// The auto trait a bound asks for, if it is one: rustc checks `T: Sync` sites as it checks
/// `T: Send` ones (rustc_trait_selection error_reporting, maybe_note_obligation_cause_for_async_await
/// words them "cannot be shared between threads safely").
std::optional<AutoTrait> autoTraitOf(const TraitBound& b) {
    if (isSendBound(b)) return AutoTrait::Send;
    if (isSyncBound(b)) return AutoTrait::Sync;
    return std::nullopt;
}

/// Which argument of the call has the bound's subject as its type: `future: F` -> 0.
int argumentFor(const FnSignature& sig, const TypePtr& subject) {
    const TypePtr param = subject && subject->kind == TypeKind::Projection ? subject->args[0] : subject;
    if (!param || param->kind != TypeKind::Param) return -1;
    for (size_t i = 0; i < sig.params.size(); ++i)
        if (sig.params[i] && sig.params[i]->kind == TypeKind::Param && sig.params[i]->path == param->path)
            return static_cast<int>(i);
    return -1;
}

Diagnostic siteDiagnostic(const CallSite& call, const TextRange& argRange, const TypePtr& argType,
                          const std::vector<FutureInfo>& futures, AutoTrait trait) {
    Diagnostic d;
    d.code = trait == AutoTrait::Sync ? "future-not-sync" : "future-not-send";
    // rustc points at the argument when its type is an opaque `impl Future` (an async fn's
    // future, or a fn returning `impl Future` whose hidden type is a block), and at the whole
    // call when it is an async block's own type (the block written there, or a variable
    // holding it).
    const bool isBlock = argType->kind == TypeKind::Future && argType->futureIndex >= 0 &&
                         argType->futureIndex < static_cast<int>(futures.size()) &&
                         futures[argType->futureIndex].kind != FutureKind::AsyncFn && !argType->behindOpaque;
    d.range = isBlock ? call.range : argRange;
    d.requiredBy = call.callee.displayName;
    d.message = futureDescription(argType, futures) + " is not `" + autoTraitName(trait) + "`";
    if (argType->kind == TypeKind::Future && argType->futureIndex >= 0 &&
        argType->futureIndex < static_cast<int>(futures.size()))
        d.future = futures[argType->futureIndex].name, d.futureId = futures[argType->futureIndex].id;
    if (argType->kind != TypeKind::Future && trait == AutoTrait::Send) d.code = "closure-not-send";
    return d;
}

/// The value a bound's subject stands for at this call: an argument, or the receiver
/// (`fn boxed(self) where Self: Send`). Returns false when the bound is about neither.
bool boundValue(const CallSite& call, const TypePtr& subject, TypePtr& type, TextRange& range) {
    const int arg = argumentFor(call.callee, subject);
    if (arg >= 0 && arg < static_cast<int>(call.argTypes.size()) && arg < static_cast<int>(call.argRanges.size())) {
        type = call.argTypes[arg];
        range = call.argRanges[arg];
        return true;
    }
    if (!call.receiverType || !subject) return false;
    const bool isSelf =
        (subject->kind == TypeKind::Param && subject->path == "Self") || sameType(subject, call.receiverType);
    if (!isSelf) return false;
    type = call.receiverType;
    range = call.receiverRange;
    return true;
}

void checkValue(const CallSite& call, const TypePtr& argType, const TextRange& argRange, bool onOutput, AutoTrait trait,
                const CauseFinder& finder, const TypeContext& types, const AutoTraitSolver& solver,
                const std::vector<FutureInfo>& futures, std::vector<Diagnostic>& out) {
    if (!argType || isUnknown(argType)) return;
    if (trait == AutoTrait::Sync && onOutput) return; // an output's `Sync` is not reported here
    const TypePtr checked = onOutput ? types.withSignatureObjectLifetimes(types.awaitOutput(argType)) : argType;
    const Derivation derivation = solver.solve(checked, trait);
    if (derivation.verdict != Verdict::No) return;
    Diagnostic d = siteDiagnostic(call, argRange, argType, futures, trait);
    // `T: Send + Sync` failing both: one site, as rustc's error for it (the Send one).
    if (trait == AutoTrait::Sync &&
        std::any_of(out.begin(), out.end(), [&](const Diagnostic& o) { return o.range == d.range; }))
        return;
    if (onOutput) {
        d.code = "output-not-send";
        d.message = "the output of the " + futureDescription(argType, futures) + ", `" + types.print(checked) +
                    "`, is not `Send`";
    }
    if (onOutput || argType->kind == TypeKind::Closure) {
        // rustc blames no value for an output or a closure: it names them and the leaf.
        for (const SolverLeaf& leaf : AutoTraitSolver::typedLeaves(derivation))
            d.leaves.push_back({autoTraitName(leaf.trait), leaf.text, leaf.type, leaf.rule});
        setUnblamedProof(derivation, d);
    } else {
        d.causes = finder.causes(argType, derivation, call.callee.displayName, trait);
        addUnblamedLeaves(derivation, d);
    }
    out.push_back(std::move(d));
}

bool mentions(const TypePtr& type, const std::string& param) {
    if (!type) return false;
    if (type->kind == TypeKind::Param) return type->path == param;
    for (const auto* list : {&type->args, &type->genericArgs})
        for (const TypePtr& a : *list)
            if (mentions(a, param)) return true;
    for (const TraitBound& b : type->bounds) {
        for (const TypePtr& a : b.args)
            if (mentions(a, param)) return true;
        for (const auto& [name, t] : b.assoc)
            if (mentions(t, param)) return true;
    }
    return mentions(type->output, param);
}

/// Where rustc reports a failed bound on the callee's own parameter `param` that is no
/// argument's type (rustc_hir_typeck fn_ctxt/adjust_fulfillment_errors.rs,
/// adjust_fulfillment_error_for_expr_obligation): the one argument whose declared type mentions
/// it (blame_specific_arg_if_possible), else the turbofish's argument for it
/// (point_at_generic_if_possible), else the obligation's own span: a method call's name, a
/// path call's whole expression. Several arguments mentioning it: not modelled.
std::optional<TextRange> pointedRange(const CallSite& call, const std::string& param) {
    const auto& params = call.callee.params;
    std::vector<size_t> mentioning;
    for (size_t i = 0; i < params.size(); ++i)
        if (mentions(params[i], param)) mentioning.push_back(i);
    if (mentioning.size() > 1) return std::nullopt;
    if (mentioning.size() == 1)
        return mentioning[0] < call.argRanges.size() ? std::optional(call.argRanges[mentioning[0]]) : std::nullopt;
    const auto& generics = call.callee.generics;
    const auto at = std::find(generics.begin(), generics.end(), param);
    if (const auto index = static_cast<size_t>(at - generics.begin()); index < call.typeArgumentRanges.size())
        return call.typeArgumentRanges[index];
    if (!(call.methodNameRange == TextRange{})) return call.methodNameRange;
    return call.range;
}

void checkCall(const CallSite& call, const CauseFinder& finder, const TypeContext& types, const AutoTraitSolver& solver,
               const std::vector<FutureInfo>& futures, std::vector<Diagnostic>& out) {
    for (const auto& [subject, bound] : call.callee.bounds) {
        const auto trait = autoTraitOf(bound);
        if (!trait) continue;
        TypePtr argType;
        TextRange argRange;
        if (!boundValue(call, subject, argType, argRange)) {
            // `Fut: Send` with `F: FnOnce() -> Fut`: what inference gave the parameter (the
            // handler's future in `serve(handler)`) must be Send as an argument must.
            const auto& given = call.instantiation.substitution;
            const auto it = subject && subject->kind == TypeKind::Param ? given.find(subject->path) : given.end();
            if (it == given.end() || !it->second) continue;
            const auto range = pointedRange(call, subject->path);
            if (!range) continue;
            const size_t before = out.size();
            checkValue(call, it->second, *range, false, *trait, finder, types, solver, futures, out);
            if (out.size() > before) out.back().range = *range; // an async block's too: no argument is it
            continue;
        }
        checkValue(call, argType, argRange, subject->kind == TypeKind::Projection, *trait, finder, types, solver,
                   futures, out);
    }
    // `fn check(_: impl Send)`: an `impl Trait` parameter is an anonymous type parameter with
    // those bounds (rustc_ast_lowering, lower_impl_trait_in_param), so its argument must be
    // Send as with `<T: Send>(_: T)`.
    const auto& params = call.callee.params;
    for (size_t i = 0; i < params.size() && i < call.argTypes.size() && i < call.argRanges.size(); ++i) {
        if (!params[i] || params[i]->kind != TypeKind::ImplTrait) continue;
        for (const AutoTrait trait : {AutoTrait::Send, AutoTrait::Sync})
            if (std::any_of(params[i]->bounds.begin(), params[i]->bounds.end(),
                            [&](const TraitBound& b) { return autoTraitOf(b) == trait; }))
                checkValue(call, call.argTypes[i], call.argRanges[i], false, trait, finder, types, solver, futures,
                           out);
    }
}

} // namespace

std::vector<Diagnostic> findSendDiagnostics(const FileLowering& lowering, const TypeContext& types,
                                            const AutoTraitSolver& solver, const std::vector<FutureInfo>& futures) {
    std::vector<Diagnostic> out;
    const CauseFinder finder(lowering, types, solver);
    for (const LoweredFuture& f : lowering.futures())
        for (const CallSite& call : f.body.calls) checkCall(call, finder, types, solver, futures, out);
    for (const LoweredBody& body : lowering.plainBodies())
        for (const CallSite& call : body.calls) checkCall(call, finder, types, solver, futures, out);
    findCoercionSites(lowering, types, solver, finder, futures, out);
    std::sort(out.begin(), out.end(),
              [](const Diagnostic& a, const Diagnostic& b) { return a.range.start < b.range.start; });
    return out;
}

} // namespace awaitscope
