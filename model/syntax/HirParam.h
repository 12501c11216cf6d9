#pragma once
// One parameter of a fn item or a closure (rust-analyzer's hir_def Param: a pattern and the
// written type). A fn's are Body::params(), a closure's Body::closureParams(closure), in
// order; each one's source-map node is the whole parameter (`x: T`, `&mut self`, or a
// closure's bare pattern), where rustc's span for the argument starts.
//
//   `self`, `&self`, `&mut self`, `mut self`   pat none; flags SelfParam, with Ref / Mut as written
//   `pat: T`                                   pat; type T; flags Typed (T may be absent while typing)
//   `x`, `(a, b)`, `_` (a closure's)           pat; no type, no flags

#include "HirIds.h"

namespace awaitscope::hir {

namespace ParamFlags {
enum : uint8_t { SelfParam = 1, Ref = 2, Mut = 4, Typed = 8 };
}

struct Param {
    PatId pat;
    TypeRefId type;
    uint8_t flags = 0;

    bool has(uint8_t flag) const { return (flags & flag) != 0; }
};

} // namespace awaitscope::hir
