#pragma once
// "moved-while-borrowed": a local moved, assigned or mutably borrowed while a future
// made from a call that borrows it is still to be awaited (FutureLoans has the rule),
// reported where rustc reports E0505 / E0506 / E0502, with the borrow that made the
// future and the future's later use. Fixes: await the future before the move, clone the
// moved value, or pass the argument owned (OwnedArgumentFix).

#include "data/Snapshot.h"

#include <vector>

namespace awaitscope {

class FileLowering;
class SyntaxTree;
class TypeContext;

/// Unsorted; the caller merges them with the other diagnostics.
std::vector<Diagnostic> findBorrowDiagnostics(const FileLowering& lowering, const SyntaxTree& tree,
                                              const TypeContext& types);

} // namespace awaitscope
