#pragma once
// What switching the edition changed, in words, for the note above the state machine:
// the values each await stops or starts keeping (edition 2024 ends `if let` scrutinee
// and block-tail temporaries earlier; rustc_hir_analysis/src/check/region.rs) and the
// futures whose Send verdict flipped.

#include "data/Snapshot.h"

#include <QString>

namespace awaitscope {

/// `before` and `after` analyse one text in two editions.
QString editionChangeNote(const Snapshot& before, const Snapshot& after);

} // namespace awaitscope
