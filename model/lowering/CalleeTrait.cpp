#include "lowering/CalleeTrait.h"

#include "types/TypeLowering.h"

namespace awaitscope {

namespace {

const std::string AsyncFn = "std::ops::AsyncFn";
const std::string AsyncFnMut = "std::ops::AsyncFnMut";
const std::string AsyncFnOnce = "std::ops::AsyncFnOnce";

// The strongest Fn-family trait among bounds (Fn implies FnMut implies FnOnce). An async
// one calls the same way (AsyncFn::async_call(&self), AsyncFnOnce::async_call_once(self)),
// but its call returns a future, whose type the bound does not name.
CalleeCall fromBounds(const std::vector<TraitBound>& bounds) {
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
    case TypeKind::DynTrait:
    case TypeKind::ImplTrait: return fromBounds(callee->bounds);
    case TypeKind::Param: {
        std::vector<TraitBound> bounds = callee->bounds;
        for (const auto& [subject, bound] : genericBounds)
            if (subject == callee->path) bounds.push_back(bound);
        return fromBounds(bounds);
    }
    default: return {};
    }
}

} // namespace awaitscope
