#pragma once
// analyze() with the reason a text was refused: the command line exits 2 with it, where
// the window only shows the snapshot (whose single parse error says the same thing).

#include "analysis/Analyzer.h"

#include <memory>
#include <string>

namespace awaitscope {

struct AnalysisOutcome {
    /// Always set. A refused text has no futures and one parse error: the refusal, at the
    /// position it concerns (1:1 for the whole text).
    std::shared_ptr<const Snapshot> snapshot;
    /// Why the text was not analysed at all: not UTF-8 (only text that did not come through
    /// loadSourceFile), too large, or nested deeper than kMaxNestingDepth; "" when analysed.
    std::string refusal;
};

AnalysisOutcome analyzeOrRefuse(const AnalysisInput& input);

} // namespace awaitscope
