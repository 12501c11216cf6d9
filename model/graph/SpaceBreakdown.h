#pragma once
// "What takes the space" in a future: its saved values, largest first, each once (a
// value kept in several states is one field of the layout), with the states that keep
// it; an awaited future of the file carries its own breakdown, so a view can expand it.
// Sizes are rustc's layouts (lowering/CoroutineLayout.h); values of unknown size are
// counted, not guessed.

#include "data/Snapshot.h"

#include <optional>
#include <string>
#include <vector>

namespace awaitscope {

struct SpaceItem {
    std::string label;  // "buffer: [u8; 20000]", "checksum_kept().await"
    std::string states; // "Suspend0, Suspend1"; "every state" for an upvar
    long bytes = 0;
    std::vector<SpaceItem> inside; // an awaited future of the file: what takes its space
};

struct SpaceBreakdown {
    std::string future;
    std::optional<long> size;
    std::optional<long> align;
    std::vector<SpaceItem> items; // largest first
    int unknown = 0;              // saved values whose size is not known
};

/// `depth` limits how many awaited futures deep the breakdown goes.
SpaceBreakdown breakdownOf(const std::vector<FutureInfo>& futures, size_t future, int depth = 3);
/// The breakdown as CSV (future, value, states, bytes, depth), for export.
std::string breakdownCsv(const SpaceBreakdown& breakdown);

} // namespace awaitscope
