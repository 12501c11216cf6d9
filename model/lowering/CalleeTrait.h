#pragma once
// How a call `f(..)` reaches a callee that is a value rather than a path to a fn: which of
// the Fn traits it goes through decides what the call does to `f` (rustc_hir_typeck
// callee.rs, `try_overloaded_call_step` / `try_overloaded_call_traits`):
//   - a fn pointer is called directly on a copy of it;
//   - a reference (`&dyn Fn`, `&mut F`) is dereferenced by the builtin deref first, so the
//     call reborrows `*f` and borrows no local;
//   - otherwise Fn and FnMut are tried before FnOnce: `Fn::call(&f, ..)` and
//     `FnMut::call_mut(&mut f, ..)` borrow `f` (which then stays saved to its scope's end),
//     `FnOnce::call_once(f, ..)` moves it. A type parameter or `impl Trait` is only what its
//     bounds say; a `Box<F>` calls as F does; a closure as its kind (ClosureLowering).
#include "types/TypeContext.h"

namespace awaitscope {

enum class CallTrait { Unknown, Direct, ThroughReference, Fn, FnMut, FnOnce };

struct CalleeCall {
    CallTrait trait = CallTrait::Unknown;
    TypePtr output; // what the call returns, where the callee's type or bounds say it
};

CalleeCall calleeCallOf(const TypePtr& callee, const std::vector<std::pair<std::string, TraitBound>>& genericBounds);

} // namespace awaitscope
