#pragma once
// A match arm, or one branch of a `select!` (rust-analyzer's MatchArm). Children in
// source order: [Pat?, future?, guard?, body]; flags say which are there: a match arm has
// its pattern, maybe a guard, and its body; a select! branch `pat = fut, if cond => handler`
// its pattern, future, tokio's precondition `cond` as its guard, and its handler, and
// `else => handler` (`complete`, `default`) only the handler.

#include "HirIds.h"

namespace awaitscope::hir {

namespace ArmFlags {
// HasFuture: a select! branch's; Default: futures' `default => ..` (the select polls once)
enum : uint8_t { HasPattern = 1, HasGuard = 2, HasFuture = 4, Default = 8 };
} // namespace ArmFlags

struct Arm {
    uint8_t flags = 0;
    ChildRange children; // [Pat?, future?, guard?, body]

    bool has(uint8_t flag) const { return (flags & flag) != 0; }
};

} // namespace awaitscope::hir
