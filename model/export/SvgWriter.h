#pragma once
// LaidOutGraph -> SVG, drawn by us from the layout (not by Graphviz's renderer), so the
// file shows exactly what the window shows: same boxes, same badges, same fonts.
// PNG and PDF are this SVG rendered (app/ExportRenderer), so all formats agree.

#include "layout/LaidOutGraph.h"

#include <sstream>
#include <string>

namespace awaitscope {

class SvgWriter {
  public:
    /// `scale` multiplies the document's width and height (the drawing keeps its viewBox).
    static std::string write(const LaidOutGraph& graph, double scale = 1);

    /// Blank space around the drawing, in scene units.
    static constexpr double kMargin = 12;

    /// Text for XML content and attribute values.
    static std::string escape(const std::string& text);
    /// A coordinate with at most two decimals, for compact, stable output.
    static std::string number(double value);

  private:
    explicit SvgWriter(const LaidOutGraph& graph);
    void writeCluster(const LaidOutCluster& cluster);
    void writeEdge(const LaidOutEdge& edge);
    void writeArrow(const LaidOutEdge& edge);
    void writeEdgeLabel(const LaidOutEdge& edge);
    void writeNode(const LaidOutNode& node);
    void writeRow(const LaidOutNode& node, const GraphRow& row, double top, bool badges);
    void writeBadge(double x, double centreY, Badge badge, const std::string& trait);
    std::string text(double x, double y, const std::string& content, double size, const std::string& extra = "") const;

    const LaidOutGraph& m_graph;
    std::ostringstream m_out;
};

} // namespace awaitscope
