#include "GraphEdgeItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QWidget>
#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

QPointF toQt(const Point& p) {
    return {p.x, p.y};
}

constexpr double kArrowLength = 9;
constexpr double kArrowHalfWidth = 4;

} // namespace

GraphEdgeItem::GraphEdgeItem(const GraphEdge& edge, const LaidOutEdge& layout, const QFont& labelFont)
    : m_label(QString::fromStdString(edge.label)), m_font(labelFont), m_dashed(edge.dashed) {
    const auto& points = layout.spline;
    if (!points.empty()) {
        m_path.moveTo(toQt(points[0]));
        // Graphviz gives 1 + 3k points: the start, then (control, control, end) per segment.
        for (size_t i = 1; i + 2 < points.size(); i += 3)
            m_path.cubicTo(toQt(points[i]), toQt(points[i + 1]), toQt(points[i + 2]));
        const QPointF end = m_path.currentPosition();
        if (layout.arrowHead)
            buildArrow(end, toQt(*layout.arrowHead));
        else if (points.size() >= 2)
            buildArrow(toQt(points[points.size() - 2]), end);
    }
    if (!m_label.isEmpty()) {
        const QFontMetricsF metrics(m_font);
        // Graphviz placed the label beside the edge, its left side touching the line. Keep
        // that left side a little clear of the line and grow the box to the right when Qt's
        // font is wider than Graphviz measured, so no letter sits on the edge.
        const double measured = metrics.horizontalAdvance(m_label) + 6;
        const double graphvizWidth = layout.labelWidth > 0 ? layout.labelWidth : measured;
        const double height = layout.labelHeight > 0 ? layout.labelHeight : metrics.height() + 2;
        const QPointF centre = toQt(layout.labelPosition);
        m_labelRect = QRectF(centre.x() - graphvizWidth / 2 + 3, centre.y() - height / 2,
                             std::max(graphvizWidth, measured), height);
    }
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).united(m_labelRect).adjusted(-3, -3, 3, 3);
}

void GraphEdgeItem::buildArrow(QPointF from, QPointF tip) {
    const QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6) return;
    const QPointF unit = d / length, normal(-unit.y(), unit.x());
    // With an explicit tip, the spline stops short of the node and the arrow fills the gap;
    // without one, the arrow sits on the end of the spline.
    const QPointF base = tip - unit * std::min(kArrowLength, std::max(length, kArrowLength));
    m_arrow = QPolygonF({tip, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth});
}

QRectF GraphEdgeItem::boundingRect() const {
    return m_bounds;
}

QPainterPath GraphEdgeItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_arrow);
    if (!m_labelRect.isNull()) shape.addRect(m_labelRect);
    return shape;
}

void GraphEdgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget) {
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const QColor ink = palette.color(QPalette::Text);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ink, 1.3, m_dashed ? Qt::DashLine : Qt::SolidLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    painter->drawPolygon(m_arrow);
    if (m_labelRect.isNull()) return;
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(m_labelRect, 3, 3);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->setFont(m_font);
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
}

} // namespace awaitscope
