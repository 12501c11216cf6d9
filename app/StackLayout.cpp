#include "StackLayout.h"

#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <algorithm>
#include <map>

namespace awaitscope {

namespace {

constexpr double kFontSize = 11, kRowHeight = 18, kTitleHeight = 24, kGap = 44, kBadges = 90, kPadding = 14;

double textWidth(const QFontMetricsF& metrics, const std::string& text) {
    return metrics.horizontalAdvance(QString::fromStdString(text));
}

double nodeWidth(const GraphNode& node, const QFontMetricsF& metrics, const QFontMetricsF& bold) {
    double width = textWidth(bold, node.title) + 2 * kPadding;
    for (const GraphRow& row : node.rows) width = std::max(width, textWidth(metrics, row.text) + kBadges + 2 * kPadding);
    return std::max(width, 160.0);
}

LaidOutEdge straightEdge(const Rect& from, const Rect& to) {
    const double x = from.x + from.width / 2, y0 = from.y + from.height, y1 = to.y;
    LaidOutEdge e;
    e.spline = {{x, y0}, {x, y0 + (y1 - y0) / 3}, {x, y0 + 2 * (y1 - y0) / 3}, {x, y1}};
    e.labelPosition = {x + 60, (y0 + y1) / 2};
    return e;
}

LaidOutEdge sideEdge(const Rect& from, const Rect& to, double right, int lane) {
    const double x0 = from.x + from.width, y0 = from.y + from.height / 2;
    const double x1 = to.x + to.width, y1 = to.y + to.height / 2;
    const double bulge = right + 40 + 36 * lane;
    LaidOutEdge e;
    e.spline = {{x0, y0}, {bulge, y0}, {bulge, y1}, {x1, y1}};
    e.labelPosition = {bulge - 10, (y0 + y1) / 2};
    return e;
}

} // namespace

std::optional<LaidOutGraph> stackLayout(const GraphDescription& description, const std::atomic<bool>& cancelled) {
    QFont font(QStringLiteral("Sans"));
    font.setPixelSize(static_cast<int>(kFontSize));
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetricsF metrics(font), bold(boldFont);
    LaidOutGraph graph;
    graph.description = description;
    graph.fontFamily = "Sans";
    graph.fontSize = kFontSize;
    double widest = 0, y = 0;
    for (const GraphNode& node : description.nodes) widest = std::max(widest, nodeWidth(node, metrics, bold));
    std::map<std::string, int> indexOf;
    for (size_t i = 0; i < description.nodes.size(); ++i) {
        if (cancelled.load()) return std::nullopt;
        const GraphNode& node = description.nodes[i];
        const double height = kTitleHeight + kRowHeight * static_cast<double>(node.rows.size());
        const double width = nodeWidth(node, metrics, bold);
        LaidOutNode laid;
        laid.node = static_cast<int>(i);
        laid.box = {(widest - width) / 2, y, width, height};
        laid.titleHeight = kTitleHeight;
        laid.rowHeight = kRowHeight;
        graph.nodes.push_back(laid);
        indexOf[node.id] = static_cast<int>(i);
        y += height + kGap;
    }
    int lane = 0;
    double right = widest;
    for (size_t i = 0; i < description.edges.size(); ++i) {
        const GraphEdge& edge = description.edges[i];
        if (!indexOf.count(edge.from) || !indexOf.count(edge.to)) continue;
        const int from = indexOf[edge.from], to = indexOf[edge.to];
        const Rect& a = graph.nodes[from].box;
        const Rect& b = graph.nodes[to].box;
        LaidOutEdge e = to == from + 1 ? straightEdge(a, b) : sideEdge(a, b, widest, lane++);
        e.edge = static_cast<int>(i);
        const double labelHalf = metrics.horizontalAdvance(QString::fromStdString(edge.label)) / 2 + 8;
        right = std::max({right, e.spline[1].x, e.labelPosition.x + labelHalf});
        graph.edges.push_back(std::move(e));
    }
    graph.bounds = {0, 0, right + 10, std::max(0.0, y - kGap)};
    return graph;
}

} // namespace awaitscope
