#include "layout/DotSpec.h"

#include "graph/GraphText.h"

#include <cmath>
#include <cstdio>

namespace awaitscope {

namespace {

// Bounds on dot's network simplex and crossing minimisation: long chains of states
// otherwise take minutes; these keep a 200-node graph to about a second.
constexpr const char* kNsLimit = "50";
constexpr const char* kMcLimit = "0.5";

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string spacer(double width, double height = 0) {
    std::string cell = "<TD WIDTH=\"" + number(width) + "\"";
    if (height > 0) cell += " HEIGHT=\"" + number(height) + "\"";
    return cell + "></TD>";
}

// Qt draws DejaVu Sans about 2.5% wider than Graphviz (pango) measures it; a spacer
// after each text, a little over that share of its estimated width, keeps text inside
// its box in every renderer.
double slack(const std::string& text, double fontSize) {
    size_t chars = 0;
    for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return std::ceil(0.04 * 0.6 * fontSize * static_cast<double>(chars)) + 1;
}

std::string titleRow(const GraphNode& node, const DiagramStyle& style, bool badges) {
    const std::string slackCell = "<TD WIDTH=\"" + number(slack(node.title, style.fontSize)) + "\"" +
                                  (badges ? " COLSPAN=\"2\"" : "") + "></TD>";
    return "<TR>" + spacer(style.padding, style.titleHeight) + "<TD ALIGN=\"LEFT\"><B>" +
           DotSpecBuilder::escapeHtml(node.title) + "</B></TD>" + slackCell + spacer(style.padding) + "</TR>";
}

std::string rowCells(const GraphRow& row, int index, const DiagramStyle& style, bool badges) {
    std::string text = DotSpecBuilder::escapeHtml(row.text);
    // The detail follows the text in a smaller grey font; the drawing code does the same.
    if (!row.detail.empty())
        text += "<FONT POINT-SIZE=\"" + number(style.detailFontSize) + "\" COLOR=\"#666666\"> \u2014 " +
                DotSpecBuilder::escapeHtml(row.detail) + "</FONT>";
    std::string cells = "<TR>" + spacer(style.padding, style.rowHeight) + "<TD ALIGN=\"LEFT\">" + text + "</TD>" +
                        spacer(slack(row.text, style.fontSize) + slack(row.detail, style.detailFontSize));
    if (badges) cells += spacer(style.badgeColumnWidth());
    // The port sits on the right-hand spacer, at the node's edge, so an edge leaving
    // this row starts at the box's border beside the row.
    return cells + "<TD WIDTH=\"" + number(style.padding) + "\" PORT=\"" + DotSpecBuilder::rowPort(index) +
           "\"></TD></TR>";
}

std::string nodeLabel(const GraphNode& node, const DiagramStyle& style) {
    const bool badges = DotSpecBuilder::hasBadges(node);
    std::string label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
    label += titleRow(node, style, badges);
    for (size_t i = 0; i < node.rows.size(); ++i) label += rowCells(node.rows[i], static_cast<int>(i), style, badges);
    return label + "</TABLE>";
}

std::vector<DotAttribute> graphAttributes(const GraphDescription& graph, const DiagramStyle& style) {
    return {{"rankdir", graph.leftToRight ? "LR" : "TB", false},
            {"fontname", style.fontFamily, false},
            {"fontsize", number(style.fontSize), false},
            {"nodesep", "0.35", false},
            {"ranksep", "0.45", false},
            {"nslimit", kNsLimit, false},
            {"nslimit1", kNsLimit, false},
            {"mclimit", kMcLimit, false},
            {"searchsize", "30", false}};
}

DotObject clusterObject(const GraphCluster& cluster, size_t index, const DiagramStyle& style) {
    // Graphviz only treats subgraphs named cluster* as boxes.
    return {"cluster_" + std::to_string(index),
            {{"label", "<B>" + DotSpecBuilder::escapeHtml(cluster.title) + "</B>", true},
             {"labeljust", "l", false},
             {"labelloc", "t", false},
             {"fontname", style.fontFamily, false},
             {"fontsize", number(style.fontSize), false},
             {"style", "rounded", false},
             {"color", "#9a9a9a", false}}};
}

DotEdgeSpec edgeSpec(const GraphEdge& edge, const DiagramStyle& style) {
    DotEdgeSpec spec{edge.from, edge.to, {}};
    // Wrapped in FONT so that no plain string Graphviz already holds (a node name, an
    // attribute value) can equal it: cgraph shares equal strings and would lose "html".
    if (!edge.label.empty())
        spec.attributes.push_back({"label", "<FONT POINT-SIZE=\"" + number(style.edgeLabelFontSize) + "\">" +
                                                DotSpecBuilder::escapeHtml(edge.label) + "</FONT>", true});
    if (edge.dashed) spec.attributes.push_back({"style", "dashed", false});
    if (edge.fromRow >= 0) spec.attributes.push_back({"tailport", DotSpecBuilder::rowPort(edge.fromRow) + ":e", false});
    return spec;
}

} // namespace

std::string DotSpecBuilder::escapeHtml(const std::string& text) { return escapeMarkup(text, Markup::GraphvizHtml); }

bool DotSpecBuilder::hasBadges(const GraphNode& node) {
    for (const GraphRow& row : node.rows)
        if (row.send != Badge::None || row.sync != Badge::None) return true;
    return false;
}

DotSpec DotSpecBuilder::build(const GraphDescription& graph, const DiagramStyle& style) {
    DotSpec spec;
    spec.graph = graphAttributes(graph, style);
    spec.nodeDefaults = {{"shape", "none", false}, {"margin", "0", false}, {"width", "0", false},
                         {"height", "0", false}, {"fontname", style.fontFamily, false},
                         {"fontsize", number(style.fontSize), false}};
    spec.edgeDefaults = {{"fontname", style.fontFamily, false},
                         {"fontsize", number(style.edgeLabelFontSize), false},
                         {"arrowsize", "0.7", false}};
    for (size_t i = 0; i < graph.clusters.size(); ++i) spec.clusters.push_back(clusterObject(graph.clusters[i], i, style));
    for (const GraphNode& node : graph.nodes) {
        spec.nodes.push_back({node.id, {{"label", nodeLabel(node, style), true}}});
        int cluster = -1;
        for (size_t c = 0; c < graph.clusters.size(); ++c)
            if (graph.clusters[c].id == node.cluster) cluster = static_cast<int>(c);
        spec.clusterOfNode.push_back(cluster);
    }
    for (const GraphEdge& edge : graph.edges) spec.edges.push_back(edgeSpec(edge, style));
    return spec;
}

} // namespace awaitscope
