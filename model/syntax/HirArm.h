#pragma once
// A match arm, or one branch of tokio's `select!` (rust-analyzer's MatchArm). Children in
// source order: [Pat?, future?, guard?, body]; flags say which are there: a match arm has
// its pattern, maybe a guard, and its body; a select! branch `pat = fut => handler` its
// pattern, future and handler, and `else => handler` only the handler.

#include "HirIds.h"

namespace awaitscope::hir {

namespace ArmFlags {
enum : uint8_t { HasPattern = 1, HasGuard = 2, HasFuture = 4 }; // HasFuture: a select! branch's
}

struct Arm {
    uint8_t flags = 0;
    ChildRange children; // [Pat?, future?, guard?, body]

    bool has(uint8_t flag) const { return (flags & flag) != 0; }
};

} // namespace awaitscope::hir
