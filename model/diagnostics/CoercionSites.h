#pragma once
// Send-requiring sites that are not calls: a written type that demands `Send` of the
// value a plain fn returns. rustc checks
//   `-> impl Future<Output = T> + Send`   at the return type (the opaque type's bound), and
//   `-> Box<dyn Future<Output = T> + Send>` at the tail expression (the unsizing cast),
// both without a requiring fn (`required_by` is null). Found from the types as written,
// never from names.

#include "data/Snapshot.h"

#include <vector>

namespace awaitscope {

class AutoTraitSolver;
class CauseFinder;
class FileLowering;
class TypeContext;

void findCoercionSites(const FileLowering& lowering, const TypeContext& types, const AutoTraitSolver& solver,
                       const CauseFinder& finder, const std::vector<FutureInfo>& futures, std::vector<Diagnostic>& out);

} // namespace awaitscope
