#pragma once
// Where the window's diagrams and lowered code come from. The model's graph builders
// (StateMachineGraph, PropagationPathGraph, LoweredCode) and the Graphviz layouter are
// being written; until they land, these are small stand-ins with the same shapes, so the
// views are built and tested against the real contracts (GraphDescription, LaidOutGraph).
// Switching over means changing this file's .cpp only.

#include "GraphView.h"
#include "LoweredCodeView.h"
#include "analysis/Snapshot.h"
#include "graph/GraphDescription.h"

#include <QString>

namespace awaitscope {

/// The states of one future and what each holds; ids as graphIdsOf() reads them.
GraphDescription stateMachineGraph(const Snapshot& snapshot, int future);
/// Why a diagnostic's future is not Send: site, future, the blamed value(s), the leaves.
GraphDescription propagationPathGraph(const Snapshot& snapshot, const Diagnostic& diagnostic, int cause);

struct LoweredText {
    QString text;
    LoweredCodeView::StateLines stateLines;
};
LoweredText loweredCode(const FutureInfo& future);

/// Lays a description out (off the GUI thread), checking `cancelled` between steps.
LayoutFunction graphLayouter();

} // namespace awaitscope
