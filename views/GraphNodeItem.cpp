#include "GraphNodeItem.h"

#include "VerdictStyle.h"
#include "graph/GraphText.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace awaitscope {

namespace {

constexpr double kRadius = 6;

QRectF toQt(const Rect& r) {
    return {r.x, r.y, r.width, r.height};
}

QPalette paletteFor(const QWidget* widget) {
    return widget ? widget->palette() : QApplication::palette();
}

} // namespace

GraphNodeItem::GraphNodeItem(const GraphNode& node, const LaidOutNode& layout, const LaidOutGraph& graph,
                             const QFont& font)
    : m_id(QString::fromStdString(node.id)), m_title(QString::fromStdString(node.title)), m_style(node.style),
      m_verdict(node.verdict), m_box(toQt(layout.box)), m_font(font), m_titleFont(font), m_badgeFont(font),
      m_detailFont(font), m_padding(graph.padding), m_inlineDetails(graph.description.inlineDetails) {
    m_titleFont.setBold(true);
    m_badgeFont.setPixelSize(std::max(6, qRound(graph.badgeFontSize)));
    m_detailFont.setPixelSize(std::max(6, qRound(graph.detailFontSize)));
    const double titleHeight = layout.titleHeight > 0 ? layout.titleHeight : m_box.height();
    m_titleRect = QRectF(m_box.left(), m_box.top(), m_box.width(), node.rows.empty() ? m_box.height() : titleHeight);
    layoutRows(node, layout, graph);
    setAcceptHoverEvents(false);
    setZValue(1); // above the edges
}

void GraphNodeItem::layoutRows(const GraphNode& node, const LaidOutNode& layout, const LaidOutGraph& graph) {
    const double rowHeight = layout.rowHeight > 0 ? layout.rowHeight : 16;
    bool anyBadge = false;
    for (const GraphRow& r : node.rows) anyBadge = anyBadge || r.send != Badge::None || r.sync != Badge::None;
    // The layout reserved a badge column on the right of nodes that have badges.
    const double textRight = m_box.right() - (anyBadge ? graph.badgeColumnWidth : m_padding);
    double y = m_titleRect.bottom();
    for (const GraphRow& r : node.rows) {
        Row row{QRectF(m_box.left(), y, m_box.width(), rowHeight),
                {},
                {},
                {},
                {},
                QString::fromStdString(r.text),
                QString::fromStdString(r.id),
                QString::fromStdString(r.detail),
                r.send,
                r.sync};
        const double badgeTop = y + 2, badgeHeight = rowHeight - 4;
        const double syncLeft = m_box.right() - graph.badgeGap - graph.badgeWidth;
        const double sendLeft = syncLeft - graph.badgeGap - graph.badgeWidth;
        if (r.send != Badge::None) row.sendBadge = QRectF(sendLeft, badgeTop, graph.badgeWidth, badgeHeight);
        if (r.sync != Badge::None) row.syncBadge = QRectF(syncLeft, badgeTop, graph.badgeWidth, badgeHeight);
        const double left = m_box.left() + m_padding;
        const double textWidth = std::min(QFontMetricsF(m_font).horizontalAdvance(row.text), textRight - left);
        row.textRect = QRectF(left, y, textWidth, rowHeight);
        row.detailRect = QRectF(left + textWidth + 6, y, std::max(0.0, textRight - left - textWidth - 6), rowHeight);
        m_rows.push_back(row);
        y += rowHeight;
    }
}

QRectF GraphNodeItem::boundingRect() const {
    return m_box.adjusted(-3, -3, 3, 3);
}

int GraphNodeItem::rowAt(QPointF point) const {
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].rect.contains(point)) return static_cast<int>(i);
    return kWholeNode;
}

QString GraphNodeItem::idOf(int row) const {
    if (row < 0 || row >= rowCount() || m_rows[row].id.isEmpty()) return m_id;
    return m_rows[row].id;
}

QString GraphNodeItem::toolTipOf(int row) const {
    if (row < 0 || row >= rowCount()) return m_title;
    const Row& r = m_rows[row];
    return r.detail.isEmpty() ? r.text : r.text + QLatin1Char('\n') + r.detail;
}

QString GraphNodeItem::toolTipAt(QPointF point) const {
    const int row = rowAt(point);
    if (row >= 0) {
        const Row& r = m_rows[row];
        if (r.sendBadge.contains(point)) return QString::fromStdString(badgeMeaning(r.send, "Send"));
        if (r.syncBadge.contains(point)) return QString::fromStdString(badgeMeaning(r.sync, "Sync"));
    }
    return toolTipOf(row);
}

int GraphNodeItem::rowWithId(const QString& id) const {
    if (id == m_id) return kWholeNode;
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].id.isEmpty() && m_rows[i].id == id) return static_cast<int>(i);
    return kNothing;
}

void GraphNodeItem::setHighlight(int row) {
    if (row == m_highlight) return;
    m_highlight = row;
    update();
}

void GraphNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget) {
    const QPalette palette = paletteFor(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    paintBox(painter, palette);
    for (int i = 0; i < rowCount(); ++i) paintRow(painter, palette, m_rows[i], i == m_highlight);
}

void GraphNodeItem::paintBox(QPainter* painter, const QPalette& palette) const {
    const QColor base = palette.color(QPalette::Base);
    const QColor accent = m_verdict == Badge::None ? palette.color(QPalette::Mid) : badgeColor(m_verdict, palette);
    const bool selected = m_highlight == kWholeNode;
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : accent, selected ? 3 : 1.5));
    painter->setBrush(base);
    painter->drawRoundedRect(m_box, kRadius, kRadius);
    // The title band, tinted by the verdict; clipped to the rounded box.
    QPainterPath clip;
    clip.addRoundedRect(m_box, kRadius, kRadius);
    painter->save();
    painter->setClipPath(clip);
    painter->fillRect(m_titleRect, blend(base, accent, m_style == NodeStyle::Leaf ? 0.45 : 0.28));
    painter->restore();
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(m_titleFont);
    const QRectF text = m_titleRect.adjusted(m_padding, 0, -m_padding, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignHCenter,
                      QFontMetricsF(m_titleFont).elidedText(m_title, Qt::ElideRight, text.width()));
}

void GraphNodeItem::paintRow(QPainter* painter, const QPalette& palette, const Row& row, bool highlighted) const {
    if (highlighted) painter->fillRect(row.rect.adjusted(1.5, 0, -1.5, 0), palette.color(QPalette::Highlight));
    painter->setPen(palette.color(highlighted ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(m_font);
    painter->drawText(row.textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(m_font).elidedText(row.text, Qt::ElideRight, row.textRect.width() + 1));
    if (m_inlineDetails && !row.detail.isEmpty() && row.detailRect.width() > 12) {
        painter->setPen(palette.color(highlighted ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->setFont(m_detailFont);
        painter->drawText(row.detailRect, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetricsF(m_detailFont).elidedText(row.detail, Qt::ElideRight, row.detailRect.width()));
    }
    paintBadge(painter, palette, row.sendBadge, row.send, QStringLiteral("Send"));
    paintBadge(painter, palette, row.syncBadge, row.sync, QStringLiteral("Sync"));
}

void GraphNodeItem::paintBadge(QPainter* painter, const QPalette& palette, const QRectF& rect, Badge badge,
                               const QString& trait) const {
    if (badge == Badge::None || rect.isNull()) return;
    const QColor colour = badgeColor(badge, palette);
    painter->setPen(QPen(colour, 1));
    painter->setBrush(blend(palette.color(QPalette::Base), colour, 0.15));
    painter->drawRoundedRect(rect, 3, 3);
    painter->setFont(m_badgeFont);
    painter->drawText(rect, Qt::AlignCenter, verdictLabel(badgeVerdict(badge), trait));
}

} // namespace awaitscope
