#pragma once
// Diagnostic -> GraphDescription: why a future is not Send, from the site that requires
// Send (tokio::spawn) through the future, the state and the saved value, down the type's
// components to the leaf types rustc names.

#include "data/Snapshot.h"
#include "graph/GraphDescription.h"
#include "graph/PathStep.h"

#include <string>

namespace awaitscope {

class PropagationPathGraph {
public:
    /// `snapshot` (may be null) gives the site's source text and the futures' states.
    explicit PropagationPathGraph(const Snapshot* snapshot);

    /// cause < 0: every cause of the diagnostic, as branches under the future.
    GraphDescription build(const Diagnostic& diagnostic, int cause = -1) const;

    /// Any tree of steps, e.g. one converted from a solver Derivation.
    static GraphDescription build(const PathStep& root, const std::string& name);

    /// The tree build() draws for a diagnostic, for callers that want to add to it.
    PathStep pathOf(const Diagnostic& diagnostic, int cause = -1) const;

private:
    PathStep siteStep(const Diagnostic& diagnostic) const;
    PathStep futureStep(const Diagnostic& diagnostic) const;
    PathStep causeStep(const Diagnostic& diagnostic, const Cause& cause) const;
    PathStep holderStep(const FutureInfo* future, const Cause& cause) const;
    std::string siteText(const TextRange& range) const;

    const Snapshot* m_snapshot;
};

} // namespace awaitscope
