#include "layout/GraphRenderer.h"

#include "layout/CGraph.h"
#include "layout/GraphvizContext.h"

#include <cstdio>

namespace awaitscope {

namespace {

RenderResult failure(const std::string& error) {
    return {"", error};
}

std::string dpi(double scale) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", 72 * scale);
    return buffer;
}

} // namespace

GraphRenderer::GraphRenderer(LayoutOptions options) : m_options(std::move(options)) {}

RenderResult GraphRenderer::render(DotSpec spec, const std::string& format, double scale) const {
    if (format != "png" && format != "pdf") return failure("unknown image format '" + format + "' (png, pdf)");
    if (spec.nodes.size() > m_options.maxNodes)
        return failure("the diagram has " + std::to_string(spec.nodes.size()) + " nodes; drawing is limited to " +
                       std::to_string(m_options.maxNodes));
    // Graphviz sizes a bitmap by dpi; a PDF is measured in points whatever the dpi.
    if (format == "png") spec.graph.push_back({"dpi", dpi(scale), false});
    auto lease = GraphvizContext::instance().acquire(std::chrono::steady_clock::now() + m_options.timeLimit);
    if (!lease) return failure("Graphviz is busy: the drawing did not start in time");
    CGraph graph(lease->gvc(), spec);
    if (!graph.layout()) return failure("Graphviz could not lay out the diagram: " + lease->errors());
    RenderResult result;
    // The cairo plugin (libgvplugin_pango) draws text as text; the core PNG/PDF writers do not exist.
    if (!graph.render(format + ":cairo", result.data) || result.data.empty())
        return failure("Graphviz could not write " + format + " (is its cairo plugin, libgvplugin_pango, installed?) " +
                       lease->errors());
    return result;
}

} // namespace awaitscope
