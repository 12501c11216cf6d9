#include "diagnostics/CoercionSites.h"

#include "diagnostics/CauseFinder.h"
#include "diagnostics/SendDiagnostics.h"
#include "lowering/FileLowering.h"
#include "traits/AutoTraitSolver.h"
#include "types/TypeContext.h"

#include <algorithm>

namespace awaitscope {

namespace {

bool boundsSaySend(const TypePtr& t) {
    return t && std::any_of(t->bounds.begin(), t->bounds.end(),
                            [](const TraitBound& b) { return b.path == "std::marker::Send" || b.path == "Send"; });
}

bool isBox(const TypePtr& t) {
    return t && t->kind == TypeKind::Adt && t->path == "std::boxed::Box" && !t->args.empty();
}

/// `Box<dyn .. + Send>` (or `Pin<Box<dyn .. + Send>>`) as written: the pointee bounds.
TypePtr sendObjectPointee(const TypePtr& t) {
    if (t && t->kind == TypeKind::Adt && t->path == "std::pin::Pin" && !t->args.empty())
        return sendObjectPointee(t->args[0]);
    if (!isBox(t) || t->args[0]->kind != TypeKind::DynTrait || !boundsSaySend(t->args[0])) return nullptr;
    return t->args[0];
}

/// The concrete value the tail's box holds: `Box<F>` (through `Pin`), null if already dyn.
TypePtr boxedValue(const TypePtr& t) {
    if (t && t->kind == TypeKind::Adt && t->path == "std::pin::Pin" && !t->args.empty()) return boxedValue(t->args[0]);
    if (!isBox(t) || t->args[0]->kind == TypeKind::DynTrait) return nullptr;
    return t->args[0];
}

struct Site {
    TextRange range;
    TypePtr value;       // what must be Send
    std::string because; // for the path: what written type requires it
};

// rustc_hir_typeck/src/check.rs `check_fn`: the body's tail and every `return` value are
// coerced to the declared return type (`ret_coercion`, CoerceMany), an async fn's being its
// declared output; coercion.rs `coerce_unsized` turns `Box<F>` into `Box<dyn .. + Send>` only
// with `F: Send` (the `Unsize` obligation), reported at the coerced expression.
// An async fn's `-> impl Trait + Send` output is checked at other spans (the opaque's bounds
// at the return type and at the body block), not modelled here: only its coercions.
std::vector<Site> sitesOf(const LoweredBody& body, const TypeContext& types, bool asyncOutput) {
    std::vector<Site> sites;
    const TypePtr& declared = body.declaredReturn;
    if (!declared) return sites;
    if (!asyncOutput && declared->kind == TypeKind::ImplTrait && boundsSaySend(declared) && body.output)
        sites.push_back(Site{body.returnTypeRange, body.output, types.print(declared)});
    if (!sendObjectPointee(declared)) return sites;
    if (body.tailRange && body.output)
        if (TypePtr value = boxedValue(body.output))
            sites.push_back(Site{*body.tailRange, value, types.print(declared)});
    for (const auto& [range, type] : body.returnValues)
        if (TypePtr value = boxedValue(type)) sites.push_back(Site{range, value, types.print(declared)});
    return sites;
}

} // namespace

void findCoercionSites(const FileLowering& lowering, const TypeContext& types, const AutoTraitSolver& solver,
                       const CauseFinder& finder, const std::vector<FutureInfo>& futures,
                       std::vector<Diagnostic>& out) {
    std::vector<Site> sites;
    for (const LoweredBody& body : lowering.plainBodies())
        for (Site& site : sitesOf(body, types, false)) sites.push_back(std::move(site));
    for (const LoweredFuture& future : lowering.futures())
        for (Site& site : sitesOf(future.body, types, true)) sites.push_back(std::move(site));
    for (const Site& site : sites) {
        if (isUnknown(site.value)) continue;
        const Derivation derivation = solver.solve(site.value, AutoTrait::Send);
        if (derivation.verdict != Verdict::No) continue;
        Diagnostic d;
        d.code = site.value->kind == TypeKind::Future ? "future-not-send" : "closure-not-send";
        d.range = site.range;
        d.message = futureDescription(site.value, futures) + " is not `Send`";
        if (site.value->kind == TypeKind::Future && site.value->futureIndex >= 0 &&
            site.value->futureIndex < static_cast<int>(futures.size()) &&
            futures[site.value->futureIndex].kind == FutureKind::AsyncFn)
            d.future = futures[site.value->futureIndex].name, d.futureId = futures[site.value->futureIndex].id;
        d.causes = finder.causes(site.value, derivation, site.because);
        addUnblamedLeaves(derivation, d);
        out.push_back(std::move(d));
    }
}

} // namespace awaitscope
