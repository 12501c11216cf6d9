#pragma once
// Marks every saved field, upvar and future Send / Sync / unknown, with the auto-trait
// solver looking through the file's own futures via the lowering's results.

#include "data/Snapshot.h"

#include <vector>

namespace awaitscope {

class AutoTraitSolver;
class FileLowering;
class TypeContext;

/// The same for the file's future `index` alone.
void annotateSendSync(FutureInfo& future, int index, const FileLowering& lowering, const TypeContext& types,
                      const AutoTraitSolver& solver);
void annotateSendSync(std::vector<FutureInfo>& futures, const FileLowering& lowering, const TypeContext& types,
                      const AutoTraitSolver& solver);

} // namespace awaitscope
