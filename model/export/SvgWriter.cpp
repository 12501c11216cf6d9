#include "export/SvgWriter.h"

#include "graph/GraphText.h"
#include "layout/DiagramColours.h"

#include <cmath>
#include <cstdio>

namespace awaitscope {

std::string SvgWriter::escape(const std::string& text) {
    return escapeMarkup(text, Markup::Svg);
}

std::string SvgWriter::number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", std::abs(value) < 0.005 ? 0.0 : value);
    std::string s = buffer;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

SvgWriter::SvgWriter(const LaidOutGraph& graph) : m_graph(graph) {}

std::string SvgWriter::write(const LaidOutGraph& graph, double scale) {
    SvgWriter w(graph);
    const double width = std::ceil(graph.bounds.width + 2 * kMargin);
    const double height = std::ceil(graph.bounds.height + 2 * kMargin);
    w.m_out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            << "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" << number(std::ceil(width * scale))
            << "\" height=\"" << number(std::ceil(height * scale)) << "\" viewBox=\"0 0 " << number(width) << " "
            << number(height) << "\">\n<title>" << escape(graph.description.name) << "</title>\n"
            << "<rect x=\"0\" y=\"0\" width=\"" << number(width) << "\" height=\"" << number(height)
            << "\" fill=\"#ffffff\"/>\n"
            << "<g transform=\"translate(" << number(kMargin - graph.bounds.x) << " "
            << number(kMargin - graph.bounds.y) << ")\" font-family=\"" << escape(graph.fontFamily) << "\">\n";
    for (const LaidOutCluster& c : graph.clusters) w.writeCluster(c);
    for (const LaidOutEdge& e : graph.edges) w.writeEdge(e);
    for (const LaidOutNode& n : graph.nodes) w.writeNode(n);
    for (const LaidOutEdge& e : graph.edges) w.writeEdgeLabel(e); // on top of everything
    w.m_out << "</g>\n</svg>\n";
    return w.m_out.str();
}

std::string SvgWriter::text(double x, double y, const std::string& content, double size,
                            const std::string& extra) const {
    return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" font-size=\"" + number(size) +
           "\" xml:space=\"preserve\"" + extra + ">" + content + "</text>\n";
}

void SvgWriter::writeCluster(const LaidOutCluster& c) {
    const Rect& r = c.box;
    m_out << "<rect x=\"" << number(r.x) << "\" y=\"" << number(r.y) << "\" width=\"" << number(r.width)
          << "\" height=\"" << number(r.height)
          << "\" rx=\"6\" fill=\"#fafafa\" stroke=\"#9a9a9a\" stroke-dasharray=\"4 3\"/>\n";
    const std::string& title = m_graph.description.clusters[c.cluster].title;
    m_out << text(r.x + m_graph.padding, r.y + 6 + m_graph.fontSize, escape(title), m_graph.fontSize,
                  " font-weight=\"bold\" fill=\"#444444\"");
}

void SvgWriter::writeEdge(const LaidOutEdge& e) {
    if (e.spline.empty()) return;
    const GraphEdge& edge = m_graph.description.edges[e.edge];
    std::string d = "M" + number(e.spline[0].x) + " " + number(e.spline[0].y);
    for (size_t i = 1; i + 2 < e.spline.size(); i += 3) {
        d += " C" + number(e.spline[i].x) + " " + number(e.spline[i].y) + " " + number(e.spline[i + 1].x) + " " +
             number(e.spline[i + 1].y) + " " + number(e.spline[i + 2].x) + " " + number(e.spline[i + 2].y);
    }
    m_out << "<path d=\"" << d << "\" fill=\"none\" stroke=\"#4a5563\" stroke-width=\"1.2\""
          << (edge.dashed ? " stroke-dasharray=\"5 3\"" : "") << "/>\n";
    writeArrow(e);
}

void SvgWriter::writeArrow(const LaidOutEdge& e) {
    if (!e.arrowHead) return;
    // Graphviz ends the spline at the arrow's base and gives the tip separately.
    const Point base = e.spline.back(), tip = *e.arrowHead;
    const double dx = tip.x - base.x, dy = tip.y - base.y;
    const double length = std::hypot(dx, dy);
    if (length < 0.01) return;
    const double nx = -dy / length * 3.5, ny = dx / length * 3.5;
    m_out << "<polygon points=\"" << number(tip.x) << "," << number(tip.y) << " " << number(base.x + nx) << ","
          << number(base.y + ny) << " " << number(base.x - nx) << "," << number(base.y - ny)
          << "\" fill=\"#4a5563\"/>\n";
}

void SvgWriter::writeEdgeLabel(const LaidOutEdge& e) {
    const GraphEdge& edge = m_graph.description.edges[e.edge];
    if (edge.label.empty() || e.labelWidth <= 0) return;
    const Point c = e.labelPosition;
    m_out << "<rect x=\"" << number(c.x - e.labelWidth / 2) << "\" y=\"" << number(c.y - e.labelHeight / 2)
          << "\" width=\"" << number(e.labelWidth) << "\" height=\"" << number(e.labelHeight)
          << "\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>\n";
    m_out << text(c.x, c.y + m_graph.edgeLabelFontSize * 0.35, escape(edge.label), m_graph.edgeLabelFontSize,
                  " text-anchor=\"middle\" fill=\"#333333\"");
}

void SvgWriter::writeNode(const LaidOutNode& n) {
    const GraphNode& node = m_graph.description.nodes[n.node];
    const Rect& r = n.box;
    const NodeColours colours = nodeColours(node.style);
    const std::string box = "x=\"" + number(r.x) + "\" y=\"" + number(r.y) + "\" width=\"" + number(r.width) + "\"";
    m_out << "<g>\n<rect " << box << " height=\"" << number(r.height) << "\" rx=\"4\" fill=\"" << colours.fill
          << "\"/>\n";
    m_out << "<rect " << box << " height=\"" << number(n.titleHeight) << "\" rx=\"4\" fill=\"" << colours.title
          << "\"/>\n";
    m_out << text(r.x + m_graph.padding, r.y + n.titleHeight / 2 + m_graph.fontSize * 0.35, escape(node.title),
                  m_graph.fontSize, " font-weight=\"bold\" fill=\"#1a1a1a\"");
    bool badges = false;
    for (const GraphRow& row : node.rows) badges = badges || row.send != Badge::None || row.sync != Badge::None;
    for (size_t i = 0; i < node.rows.size(); ++i)
        writeRow(n, node.rows[i], r.y + n.titleHeight + static_cast<double>(i) * n.rowHeight, badges);
    m_out << "<rect " << box << " height=\"" << number(r.height) << "\" rx=\"4\" fill=\"none\" stroke=\""
          << nodeBorder(node.verdict) << "\" stroke-width=\"" << (node.verdict == Badge::No ? "1.8" : "1")
          << "\"/>\n</g>\n";
}

void SvgWriter::writeRow(const LaidOutNode& n, const GraphRow& row, double top, bool badges) {
    const Rect& r = n.box;
    std::string content = "<tspan>" + escape(row.text) + "</tspan>";
    // The same " — " and size the layout measured (see DotSpec), so the text fits; a
    // detail the layout left out is the row's tooltip instead.
    const bool inlineDetail = m_graph.description.inlineDetails;
    const bool tip = !inlineDetail && !row.detail.empty();
    if (inlineDetail && !row.detail.empty())
        content += "<tspan font-size=\"" + number(m_graph.detailFontSize) + "\" fill=\"#666666\"> \u2014 " +
                   escape(row.detail) + "</tspan>";
    if (tip) m_out << "<g><title>" << escape(row.text + "\n" + row.detail) << "</title>\n";
    const double baseline = top + n.rowHeight / 2 + m_graph.fontSize * 0.35;
    m_out << text(r.x + m_graph.padding, baseline, content, m_graph.fontSize, " fill=\"#1a1a1a\"");
    if (tip) m_out << "</g>\n";
    if (!badges) return;
    const double left = r.x + r.width - m_graph.padding - m_graph.badgeColumnWidth + m_graph.badgeGap;
    const double centre = top + n.rowHeight / 2;
    if (row.send != Badge::None) writeBadge(left, centre, row.send, "Send");
    if (row.sync != Badge::None) writeBadge(left + m_graph.badgeWidth + m_graph.badgeGap, centre, row.sync, "Sync");
}

void SvgWriter::writeBadge(double x, double centreY, Badge badge, const std::string& trait) {
    const BadgeLook look = badgeLook(badge, trait);
    const double size = m_graph.badgeFontSize, height = size + 6;
    m_out << "<rect x=\"" << number(x) << "\" y=\"" << number(centreY - height / 2) << "\" width=\""
          << number(m_graph.badgeWidth) << "\" height=\"" << number(height) << "\" rx=\"7\" fill=\"" << look.fill
          << "\" stroke=\"" << look.ink << "\" stroke-width=\"0.6\"><title>" << escape(badgeMeaning(badge, trait))
          << "</title></rect>\n";
    m_out << text(x + m_graph.badgeWidth / 2, centreY + size * 0.35, escape(look.word), size,
                  " text-anchor=\"middle\" font-weight=\"bold\" fill=\"" + std::string(look.ink) + "\"");
}

} // namespace awaitscope
