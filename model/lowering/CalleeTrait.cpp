#include "lowering/CalleeTrait.h"

#include "types/TypeLowering.h"

namespace awaitscope {

namespace {

const std::string AsyncFn = "std::ops::AsyncFn";
const std::string AsyncFnMut = "std::ops::AsyncFnMut";
const std::string AsyncFnOnce = "std::ops::AsyncFnOnce";

// A call through an async Fn bound of a type parameter `F` (rustc_hir_typeck callee.rs,
// try_overloaded_call_traits tries AsyncFn, AsyncFnMut, AsyncFnOnce after the Fn traits):
// `AsyncFn::async_call` and `AsyncFnMut::async_call_mut` return `Self::CallRefFuture<'_>`, an
// associated type of AsyncFnMut, `AsyncFnOnce::async_call_once` returns `Self::CallOnceFuture`
// (library/core/src/ops/async_function.rs). No impl normalizes them while `F` is rigid: they are
// projections whose only bounds are their item bounds, `Future<Output = Self::Output>`, so the
// future is not known to be Send (AutoTraitSolver).
TypePtr asyncCallFuture(const TypePtr& callee, const TraitBound& bound, bool once) {
    TypePtr output = unitType();
    for (const auto& [name, type] : bound.assoc)
        if (name == "Output" && type) output = type;
    auto future = std::make_shared<Type>();
    future->kind = TypeKind::Projection;
    future->path = once ? "CallOnceFuture" : "CallRefFuture";
    future->args = {callee};
    future->bounds = {TraitBound{once ? AsyncFnOnce : AsyncFnMut, bound.args, {}},
                      TraitBound{traits::Future, {}, {{"Output", output}}}};
    if (!once) future->lifetimes = {"'_"};
    future->declaredInScope = true; // rigid here: only the bounds above say anything about it
    return future;
}

// The strongest Fn-family trait among bounds (Fn implies FnMut implies FnOnce). An async
// one calls the same way (AsyncFn::async_call(&self), AsyncFnOnce::async_call_once(self)),
// and returns the future asyncCallFuture names when the callee is a type parameter.
CalleeCall fromBounds(const std::vector<TraitBound>& bounds, const TypePtr& param = nullptr) {
    CalleeCall call;
    auto rank = [](CallTrait t) { return t == CallTrait::Fn ? 3 : t == CallTrait::FnMut ? 2 : t == CallTrait::FnOnce; };
    for (const TraitBound& b : bounds) {
        CallTrait t = CallTrait::Unknown;
        const bool async = b.path == AsyncFn || b.path == AsyncFnMut || b.path == AsyncFnOnce;
        if (b.path == traits::Fn || b.path == AsyncFn) t = CallTrait::Fn;
        if (b.path == traits::FnMut || b.path == AsyncFnMut) t = CallTrait::FnMut;
        if (b.path == traits::FnOnce || b.path == AsyncFnOnce) t = CallTrait::FnOnce;
        if (t == CallTrait::Unknown || rank(t) <= rank(call.trait)) continue;
        call.trait = t;
        call.output = nullptr;
        if (!async)
            for (const auto& [name, type] : b.assoc)
                if (name == "Output") call.output = type;
        if (async && param) call.output = asyncCallFuture(param, b, t == CallTrait::FnOnce);
    }
    return call;
}

} // namespace

CalleeCall calleeCallOf(const TypePtr& callee, const std::vector<std::pair<std::string, TraitBound>>& genericBounds) {
    if (!callee) return {};
    switch (callee->kind) {
    case TypeKind::FnPtr: return {CallTrait::Direct, callee->output};
    case TypeKind::Closure: return {callee->callConsumes ? CallTrait::FnOnce : CallTrait::Fn, callee->output};
    case TypeKind::Ref: {
        CalleeCall inner = calleeCallOf(callee->args.empty() ? nullptr : callee->args[0], genericBounds);
        if (inner.trait != CallTrait::Unknown) inner.trait = CallTrait::ThroughReference;
        return inner;
    }
    case TypeKind::Adt:
        if (callee->path == "std::boxed::Box" && !callee->args.empty())
            return calleeCallOf(callee->args[0], genericBounds);
        return {};
    case TypeKind::DynTrait: return fromBounds(callee->bounds);
    case TypeKind::ImplTrait: // an `impl AsyncFn()` parameter is an anonymous type parameter
        return fromBounds(callee->bounds, callee->path.empty() ? nullptr : callee);
    case TypeKind::Param: {
        std::vector<TraitBound> bounds = callee->bounds;
        for (const auto& [subject, bound] : genericBounds)
            if (subject == callee->path) bounds.push_back(bound);
        return fromBounds(bounds, callee);
    }
    default: return {};
    }
}

} // namespace awaitscope
