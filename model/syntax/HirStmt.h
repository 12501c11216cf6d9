#pragma once
// One statement of a hir::Body (rust-analyzer's hir_def::hir::Statement). Layouts:
//
//   Let      [Pat, init?, else?]   `let p: T = init else { .. };` (the else is a Block); `type`
//                                  is T; flags Mut for `let mut x`, whose pattern is then a
//                                  Mut pattern standing at the `mut` (rustc's binding span)
//   Expr     [Expr]                flags Semicolon when written `expr;`
//   Item     [Item]                an item declared in the body, left opaque
//   Empty    []                    a lone `;`
//   Missing  []                    an ERROR node in statement place

#include "HirIds.h"

namespace awaitscope::hir {

enum class StmtKind : uint8_t { Missing, Let, Expr, Item, Empty };

namespace StmtFlags {
enum : uint8_t { Semicolon = 1, Mut = 2 };
}

struct Stmt {
    StmtKind kind = StmtKind::Missing;
    uint8_t flags = 0;
    ChildRange children;
    TypeRefId type; // Let: the written type, if any

    bool has(uint8_t flag) const { return (flags & flag) != 0; }
};

} // namespace awaitscope::hir
