#pragma once
// A stand-in layouter until the Graphviz one (model/layout) lands: nodes stacked top to
// bottom in description order, an edge to the next node drawn straight down, every other
// edge as a curve on the right. Produces the same LaidOutGraph contract.

#include "layout/LaidOutGraph.h"

#include <atomic>
#include <optional>

namespace awaitscope {

std::optional<LaidOutGraph> stackLayout(const GraphDescription& description, const std::atomic<bool>& cancelled);

} // namespace awaitscope
