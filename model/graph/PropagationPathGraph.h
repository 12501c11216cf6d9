#pragma once
// Diagnostic -> GraphDescription: why a future is not Send, read from each cause's proof
// (data/ProofNode.h): from the site that requires Send (tokio::spawn) through the
// future, the state that holds the next step - an awaited future of the file with its own
// states, or the saved value - down the value type's components to the leaf types rustc
// names.

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
    PathStep futureStep(const FutureInfo* info, const std::string& name) const;
    void addCause(PathStep& future, const FutureInfo* info, const Cause& cause) const;
    PathStep stateStep(const FutureInfo* future, const HeldValue& held) const;
    PathStep holderStep(const FutureInfo* future, const Cause& cause) const;
    static PathStep fieldStep(const std::string& holderId, const Cause& cause, const std::string& rule);
    std::string siteText(const TextRange& range) const;

    const Snapshot* m_snapshot;
};

} // namespace awaitscope
