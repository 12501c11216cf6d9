#include "layout/DotSpec.h"

#include "graph/GraphText.h"
#include "layout/DiagramColours.h"

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

// What the labels are for: sizing only (layout, the DOT export), or also drawing, when
// Graphviz renders the picture itself (PNG, PDF) and the label carries its colours.
struct LabelContext {
    const DiagramStyle& style;
    bool drawn;
    bool inlineDetails = true; // false: a row's detail is only its tooltip (GraphDescription)
};

// A cell's background when the label is drawn: ` BGCOLOR="..."`, or nothing.
std::string background(const LabelContext& c, const char* colour) {
    return c.drawn ? std::string(" BGCOLOR=\"") + colour + "\"" : std::string();
}

std::string titleRow(const GraphNode& node, const LabelContext& c, bool badges) {
    const DiagramStyle& style = c.style;
    const std::string bg = background(c, nodeColours(node.style).title);
    const std::string slackCell = "<TD WIDTH=\"" + number(slack(node.title, style.fontSize)) + "\"" +
                                  (badges ? " COLSPAN=\"2\"" : "") + bg + "></TD>";
    const std::string pad = "<TD WIDTH=\"" + number(style.padding) + "\"" + bg + "></TD>";
    return "<TR><TD WIDTH=\"" + number(style.padding) + "\" HEIGHT=\"" + number(style.titleHeight) + "\"" + bg +
           "></TD><TD ALIGN=\"LEFT\"" + bg + "><B>" + DotSpecBuilder::escapeHtml(node.title) + "</B></TD>" + slackCell +
           pad + "</TR>";
}

// The Send and Sync badges of a row: words in coloured boxes when drawn, else their room.
std::string badgeCells(const GraphRow& row, const LabelContext& c) {
    if (!c.drawn) return spacer(c.style.badgeColumnWidth());
    std::string cells;
    for (const auto& [badge, trait] : {std::pair{row.send, "Send"}, std::pair{row.sync, "Sync"}}) {
        if (badge == Badge::None) {
            cells += spacer(c.style.badgeWidth);
            continue;
        }
        const BadgeLook look = badgeLook(badge, trait);
        cells += "<TD WIDTH=\"" + number(c.style.badgeWidth) + "\" BORDER=\"1\" COLOR=\"" + look.ink + "\" BGCOLOR=\"" +
                 look.fill + "\"><FONT POINT-SIZE=\"" + number(c.style.badgeFontSize) + "\" COLOR=\"" + look.ink +
                 "\"><B>" + look.word + "</B></FONT></TD>";
    }
    return "<TD><TABLE BORDER=\"0\" CELLSPACING=\"" + number(c.style.badgeGap) + "\" CELLPADDING=\"0\"><TR>" + cells +
           "</TR></TABLE></TD>";
}

std::string rowCells(const GraphRow& row, int index, const LabelContext& c, bool badges) {
    const DiagramStyle& style = c.style;
    std::string text = DotSpecBuilder::escapeHtml(row.text);
    // The detail follows the text in a smaller grey font; the drawing code does the same.
    const std::string detail = c.inlineDetails ? row.detail : "";
    if (!detail.empty())
        text += "<FONT POINT-SIZE=\"" + number(style.detailFontSize) + "\" COLOR=\"" + kDetailColour + "\"> \u2014 " +
                DotSpecBuilder::escapeHtml(detail) + "</FONT>";
    std::string cells = "<TR>" + spacer(style.padding, style.rowHeight) + "<TD ALIGN=\"LEFT\">" + text + "</TD>" +
                        spacer(slack(row.text, style.fontSize) + slack(detail, style.detailFontSize));
    if (badges) cells += badgeCells(row, c);
    // The port sits on the right-hand spacer, at the node's edge, so an edge leaving
    // this row starts at the box's border beside the row.
    return cells + "<TD WIDTH=\"" + number(style.padding) + "\" PORT=\"" + DotSpecBuilder::rowPort(index) +
           "\"></TD></TR>";
}

// A drawn node is a rounded box, its border red when it holds a non-Send value.
std::string tableFrame(const GraphNode& node, const LabelContext& c) {
    if (!c.drawn) return "BORDER=\"0\"";
    return std::string("BORDER=\"") + (node.verdict == Badge::No ? "2" : "1") + "\" STYLE=\"rounded\" COLOR=\"" +
           nodeBorder(node.verdict) + "\" BGCOLOR=\"" + nodeColours(node.style).fill + "\"";
}

std::string nodeLabel(const GraphNode& node, const LabelContext& c) {
    const bool badges = DotSpecBuilder::hasBadges(node);
    std::string label = "<TABLE " + tableFrame(node, c) + " CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
    label += titleRow(node, c, badges);
    for (size_t i = 0; i < node.rows.size(); ++i) label += rowCells(node.rows[i], static_cast<int>(i), c, badges);
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
        spec.attributes.push_back({"label",
                                   "<FONT POINT-SIZE=\"" + number(style.edgeLabelFontSize) + "\">" +
                                       DotSpecBuilder::escapeHtml(edge.label) + "</FONT>",
                                   true});
    if (edge.dashed) spec.attributes.push_back({"style", "dashed", false});
    if (edge.fromRow >= 0) spec.attributes.push_back({"tailport", DotSpecBuilder::rowPort(edge.fromRow) + ":e", false});
    return spec;
}

// What Graphviz needs to draw the picture itself; nothing here changes a size.
void addDrawing(DotSpec& spec) {
    // The SVG's white margin (SvgWriter::kMargin, 12 points) around the drawing.
    spec.graph.push_back({"pad", "0.1667", false});
    spec.graph.push_back({"bgcolor", "#ffffff", false});
    spec.nodeDefaults.push_back({"fontcolor", kTextColour, false});
    spec.edgeDefaults.push_back({"color", kEdgeColour, false});
    spec.edgeDefaults.push_back({"fontcolor", kEdgeLabelColour, false});
    spec.edgeDefaults.push_back({"penwidth", "1.2", false});
    for (DotObject& cluster : spec.clusters) {
        for (DotAttribute& a : cluster.attributes)
            if (a.name == "style") a.value = "rounded,dashed,filled";
        cluster.attributes.push_back({"fillcolor", kClusterFill, false});
    }
}

} // namespace

std::string DotSpecBuilder::escapeHtml(const std::string& text) {
    return escapeMarkup(text, Markup::GraphvizHtml);
}

bool DotSpecBuilder::hasBadges(const GraphNode& node) {
    for (const GraphRow& row : node.rows)
        if (row.send != Badge::None || row.sync != Badge::None) return true;
    return false;
}

DotSpec DotSpecBuilder::build(const GraphDescription& graph, const DiagramStyle& style, DotPurpose purpose) {
    const LabelContext labels{style, purpose == DotPurpose::Render, graph.inlineDetails};
    DotSpec spec;
    spec.graph = graphAttributes(graph, style);
    spec.nodeDefaults = {{"shape", "none", false},
                         {"margin", "0", false},
                         {"width", "0", false},
                         {"height", "0", false},
                         {"fontname", style.fontFamily, false},
                         {"fontsize", number(style.fontSize), false}};
    spec.edgeDefaults = {{"fontname", style.fontFamily, false},
                         {"fontsize", number(style.edgeLabelFontSize), false},
                         {"arrowsize", "0.7", false}};
    for (size_t i = 0; i < graph.clusters.size(); ++i)
        spec.clusters.push_back(clusterObject(graph.clusters[i], i, style));
    for (const GraphNode& node : graph.nodes) {
        spec.nodes.push_back({node.id, {{"label", nodeLabel(node, labels), true}}});
        int cluster = -1;
        for (size_t c = 0; c < graph.clusters.size(); ++c)
            if (graph.clusters[c].id == node.cluster) cluster = static_cast<int>(c);
        spec.clusterOfNode.push_back(cluster);
    }
    for (const GraphEdge& edge : graph.edges) spec.edges.push_back(edgeSpec(edge, style));
    if (labels.drawn) addDrawing(spec);
    return spec;
}

} // namespace awaitscope
