#pragma once
// Finds every place that requires a `Send` value — from the callee's bounds, not from a
// list of names: any call whose callee says `F: Send` (tokio::spawn, spawn_blocking,
// FutureExt::boxed, a function of the file with such a bound) or `F::Output: Send` — and
// explains each failure the way rustc does, but whole: the site, each blamed value with
// the await it is held across (or the capture), the leaf types, and the path between.

#include "data/Snapshot.h"
#include "traits/AutoTraitSolver.h"

#include <vector>

namespace awaitscope {

class AutoTraitSolver;
class FileLowering;
class TypeContext;

/// "future returned by `f`", "future created by async block", "closure", "value".
std::string futureDescription(const TypePtr& t, const std::vector<FutureInfo>& futures);
/// Adds the leaves no cause names to the diagnostic (rustc's plain E0277 for them).
void addUnblamedLeaves(const Derivation& derivation, Diagnostic& d);

std::vector<Diagnostic> findSendDiagnostics(const FileLowering& lowering, const TypeContext& types,
                                            const AutoTraitSolver& solver, const std::vector<FutureInfo>& futures);

} // namespace awaitscope
