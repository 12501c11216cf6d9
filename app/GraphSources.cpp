#include "GraphSources.h"

#include "graph/LoweredCode.h"
#include "graph/PropagationPathGraph.h"
#include "graph/StateMachineGraph.h"
#include "layout/GraphLayouter.h"

namespace awaitscope {

GraphDescription stateMachineGraph(const Snapshot& snapshot, int future) {
    return StateMachineGraph(snapshot.futures, {}).build(snapshot.futures[future]);
}

GraphDescription propagationPathGraph(const Snapshot& snapshot, const Diagnostic& diagnostic, int cause) {
    return PropagationPathGraph(&snapshot).build(diagnostic, cause);
}

LoweredText loweredCode(const FutureInfo& future) {
    const LoweredCodeText code = LoweredCode::build(future);
    LoweredText out{QString::fromStdString(code.text), {}};
    for (const LoweredCodeLines& lines : code.states) out.stateLines.push_back({lines.variantFirst, lines.variantLast});
    return out;
}

LayoutFunction graphLayouter() {
    return [](const GraphDescription& description, const std::atomic<bool>& cancelled) -> std::optional<LaidOutGraph> {
        LayoutOptions options;
        options.cancelled = &cancelled;
        LayoutResult result = GraphLayouter(options).layout(description);
        if (!result.ok()) return std::nullopt;
        return std::move(result.graph);
    };
}

} // namespace awaitscope
