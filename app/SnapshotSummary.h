#pragma once
// What the window says about an analysis at a glance: the status bar's line (futures, not
// Send, syntax errors, the mode: crate and module, or a single file) and, for a freshly
// opened file, the selection that shows its most telling state.

#include "Selection.h"
#include "data/Snapshot.h"

#include <QString>
#include <optional>

namespace awaitscope {

QString snapshotStatusText(const Snapshot& snapshot, bool showingOlderFutures);

struct TellingSelection {
    Selection selection;
    std::optional<TextPosition> awaitKeyword; // where the editor goes
};

/// The first await of the future a diagnostic blames (with that diagnostic selected, so
/// its path is drawn); else the first await of the file; none without awaits.
std::optional<TellingSelection> mostTellingSelection(const Snapshot& snapshot, Selection current);

} // namespace awaitscope
