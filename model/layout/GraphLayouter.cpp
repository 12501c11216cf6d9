#include "layout/GraphLayouter.h"

#include "layout/CGraph.h"
#include "layout/DotSpec.h"
#include "layout/GraphvizContext.h"

namespace awaitscope {

namespace {

using Clock = std::chrono::steady_clock;

void applyStyle(LaidOutGraph& graph, const DiagramStyle& style) {
    graph.fontFamily = style.fontFamily;
    graph.monospaceFamily = style.monospaceFamily;
    graph.fontSize = style.fontSize;
    graph.detailFontSize = style.detailFontSize;
    graph.edgeLabelFontSize = style.edgeLabelFontSize;
    graph.badgeFontSize = style.badgeFontSize;
    graph.padding = style.padding;
    graph.badgeWidth = style.badgeWidth;
    graph.badgeGap = style.badgeGap;
    graph.badgeColumnWidth = style.badgeColumnWidth();
    for (LaidOutNode& node : graph.nodes) {
        node.titleHeight = style.titleHeight;
        node.rowHeight = style.rowHeight;
    }
}

std::string seconds(std::chrono::milliseconds ms) {
    return std::to_string(ms.count() / 1000) + "." + std::to_string(ms.count() % 1000 / 100) + " s";
}

} // namespace

GraphLayouter::GraphLayouter(LayoutOptions options) : m_options(std::move(options)) {}

bool GraphLayouter::isCancelled() const {
    return m_options.cancelled && m_options.cancelled->load();
}

LayoutResult GraphLayouter::failure(const std::string& error, bool cancelled) const {
    LayoutResult result;
    result.error = error;
    result.cancelled = cancelled;
    return result;
}

LayoutResult GraphLayouter::layout(const GraphDescription& description) const {
    const auto deadline = Clock::now() + m_options.timeLimit;
    if (description.nodes.size() > m_options.maxNodes)
        return failure("the diagram has " + std::to_string(description.nodes.size()) + " nodes; layout is limited to " +
                       std::to_string(m_options.maxNodes));
    if (isCancelled()) return failure("layout cancelled", true);
    auto lease = GraphvizContext::instance().acquire(deadline);
    if (!lease) return failure("layout did not start within " + seconds(m_options.timeLimit) + ": Graphviz is busy");
    if (isCancelled()) return failure("layout cancelled", true);
    CGraph graph(lease->gvc(), DotSpecBuilder::build(description, m_options.style));
    if (!graph.layout()) return failure("Graphviz could not lay out the diagram: " + lease->errors());
    if (isCancelled()) return failure("layout cancelled", true);
    if (Clock::now() > deadline) return failure("layout took longer than the limit of " + seconds(m_options.timeLimit));
    LayoutResult result;
    result.graph = graph.read(description);
    applyStyle(result.graph, m_options.style);
    return result;
}

} // namespace awaitscope
