#pragma once
// The report's futures: each one's state machine and layout (StateMachineBuilder) and the
// Send / Sync marks of its fields and of itself (the auto-trait solver).

#include "data/Snapshot.h"

#include <string>
#include <vector>

namespace awaitscope {

class AutoTraitSolver;
class FileLowering;
class StateMachineBuilder;
class TypeContext;

/// Every future of `lowering`, in order, named as rustc names it in `fileName`.
/// With `twoThreads`, the marks of future i are found on a second thread (a large stack
/// too) while the builder goes on with future i + 1: the stages read nothing the other
/// writes (the builder's layouts are its own, the solver's cache is its own), and each runs
/// its futures in order, so every cache fills as on one thread and the result is the same.
std::vector<FutureInfo> buildReportFutures(const StateMachineBuilder& builder, const FileLowering& lowering,
                                           const TypeContext& types, const AutoTraitSolver& solver,
                                           const std::string& fileName, bool twoThreads);

} // namespace awaitscope
