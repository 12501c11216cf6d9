#pragma once
// A GraphDescription as Graphviz attributes: what the in-process layout hands to cgraph
// and what the DOT export writes, built in one place so that `dot` on the exported file
// lays out the same picture as the window.

#include "graph/GraphDescription.h"
#include "layout/DiagramStyle.h"

#include <string>
#include <vector>

namespace awaitscope {

struct DotAttribute {
    std::string name;
    std::string value;
    bool html = false; // an HTML-like label: written <...>, handed over with agstrdup_html
};

struct DotObject {
    std::string name; // node name, cluster subgraph name; unused for edges
    std::vector<DotAttribute> attributes;
};

struct DotEdgeSpec {
    std::string tail, head;
    std::vector<DotAttribute> attributes;
};

struct DotSpec {
    std::vector<DotAttribute> graph, nodeDefaults, edgeDefaults;
    std::vector<DotObject> clusters;
    std::vector<int> clusterOfNode; // per node: index into clusters, or -1
    std::vector<DotObject> nodes;   // one per description node, same order
    std::vector<DotEdgeSpec> edges; // one per description edge, same order
};

/// Layout: labels that only size the nodes (the window and SVG writer draw over the
/// positions; the DOT export). Render: the labels also carry colours, borders and badge
/// words, for Graphviz to draw the picture itself (PNG and PDF through its cairo plugin).
enum class DotPurpose { Layout, Render };

class DotSpecBuilder {
  public:
    static DotSpec build(const GraphDescription& graph, const DiagramStyle& style,
                         DotPurpose purpose = DotPurpose::Layout);

    /// Escapes text for an HTML-like label: `RefMut<'_, i64>` is a type, not markup.
    static std::string escapeHtml(const std::string& text);

    /// Whether any row of the node shows a badge (then it gets the badge column).
    static bool hasBadges(const GraphNode& node);

    /// The row port name an edge with `fromRow` leaves from.
    static std::string rowPort(int row) { return "r" + std::to_string(row); }
};

} // namespace awaitscope
