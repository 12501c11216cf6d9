#pragma once
// Where the window's diagrams and lowered code come from: the model's graph builders
// (StateMachineGraph, PropagationPathGraph, LoweredCode) and the Graphviz layouter, the
// same ones the command line's export uses, so the window and an exported SVG agree.

#include "GraphView.h"
#include "LoweredCodeView.h"
#include "data/Snapshot.h"
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
