#include "GraphClusterItem.h"

#include "VerdictStyle.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QWidget>

namespace awaitscope {

GraphClusterItem::GraphClusterItem(const GraphCluster& cluster, const LaidOutCluster& layout, const QFont& font)
    : m_id(QString::fromStdString(cluster.id)), m_title(QString::fromStdString(cluster.title)),
      m_box(layout.box.x, layout.box.y, layout.box.width, layout.box.height), m_font(font) {
    m_font.setItalic(true);
    m_titleRect = QRectF(m_box.left() + 8, m_box.top() + 2, m_box.width() - 16, QFontMetricsF(m_font).height() + 4);
    setZValue(-1); // behind edges and nodes
}

QRectF GraphClusterItem::boundingRect() const {
    return m_box.adjusted(-2, -2, 2, 2);
}

void GraphClusterItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget* widget) {
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette.color(QPalette::Mid), 1, Qt::DashLine));
    painter->setBrush(blend(palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), 0.6));
    painter->drawRoundedRect(m_box, 8, 8);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->setFont(m_font);
    painter->drawText(m_titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(m_font).elidedText(m_title, Qt::ElideRight, m_titleRect.width()));
}

} // namespace awaitscope
