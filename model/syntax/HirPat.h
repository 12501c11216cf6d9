#pragma once
// One pattern of a hir::Body (rust-analyzer's hir_def::hir::Pat). Layouts, `[..]` being
// the children in source order:
//
//   Missing []   Wild `_` []   Rest `..` []   Literal []   Macro [] (a macro in pattern place)
//   Bind         [sub?]       `x`, `x @ sub`: name = the binding; flags Shorthand (`S { x }`),
//                             Ref, Mut (`ref mut x` written in a struct pattern's shorthand)
//   Path         []           a constant or unit variant by path: name = the last segment
//   Range        [start?, end?]            flags HasStart, HasEnd
//   Tuple, Slice, Or          [Pat...]
//   TupleStruct  [Pat...]     name = the last segment of its path
//   Struct       [Pat...]     name = the last segment; a field is Field or a shorthand Bind
//   Field        [Pat]        `name: pat` in a struct pattern: name = the field
//   Ref [Pat] (`ref x`), Mut [Pat] (`mut x`), Deref [Pat] (`&x`, `&mut x`: flags Mut)

#include "HirIds.h"

#include <string_view>

namespace awaitscope::hir {

enum class PatKind : uint8_t {
    Missing,
    Wild,
    Rest,
    Literal,
    Macro,
    Bind,
    Path,
    Range,
    Tuple,
    Slice,
    Or,
    TupleStruct,
    Struct,
    Field,
    Ref,
    Mut,
    Deref,
};

namespace PatFlags {
enum : uint8_t { Shorthand = 1, Ref = 2, Mut = 4, HasStart = 8, HasEnd = 16 };
}

struct Pat {
    PatKind kind = PatKind::Missing;
    uint8_t flags = 0;
    uint16_t segments = 0; // Path, TupleStruct, Struct: how many segments its path has
    std::string_view name;
    ChildRange children;

    bool has(uint8_t flag) const { return (flags & flag) != 0; }
};

} // namespace awaitscope::hir
