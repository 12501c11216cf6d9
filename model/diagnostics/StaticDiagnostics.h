#pragma once
// "not-static": a future handed to a callee that needs it `'static` (tokio::spawn's
// `T: Future + Send + 'static`, read from the callee's bounds) while it borrows a local of
// the calling body. rustc reports these as borrowck errors (E0597 "`x` does not live long
// enough" at the `&x` argument of an async fn call; E0373 at the `async` of a non-move
// block that captures `x` by reference), which a Send-only view would miss: the future
// is Send, yet the spawn is rejected.

#include "data/Snapshot.h"

#include <vector>

namespace awaitscope {

class FileLowering;
class SyntaxTree;

/// Unsorted; the caller merges them with the other diagnostics.
std::vector<Diagnostic> findStaticDiagnostics(const FileLowering& lowering, const SyntaxTree& tree,
                                              const std::vector<FutureInfo>& futures);

} // namespace awaitscope
