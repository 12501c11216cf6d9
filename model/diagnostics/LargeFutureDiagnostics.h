#pragma once
// "large-future" (a warning, like clippy's `large_futures`): a future whose layout is
// larger than the threshold (16 KiB unless set otherwise), naming the saved values that
// take the space. Fixes, where they apply: `Box::pin(..).await` at the awaited call that
// contributes the most (the callee's future then lives on the heap and the caller keeps
// a pointer), or `Box::new(..)` around the largest saved local's initializer.

#include "data/Snapshot.h"

#include <vector>

namespace awaitscope {

class SyntaxTree;

std::vector<Diagnostic> findLargeFutureDiagnostics(const std::vector<FutureInfo>& futures, const SyntaxTree& tree,
                                                   long thresholdBytes);

} // namespace awaitscope
