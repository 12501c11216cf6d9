#pragma once
// One edge of a laid-out graph: the spline Graphviz computed (cubic Bézier segments), an
// arrowhead at its end and an optional label. The path, the arrow polygon and the label's
// rectangle are built once in the constructor; paint() only paints.

#include "layout/LaidOutGraph.h"

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace awaitscope {

class GraphEdgeItem : public QGraphicsItem {
  public:
    enum { Type = UserType + 2 };

    GraphEdgeItem(const GraphEdge& edge, const LaidOutEdge& layout, const QFont& labelFont);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const QPainterPath& path() const { return m_path; }
    const QString& label() const { return m_label; }

  private:
    void buildArrow(QPointF from, QPointF tip);

    QPainterPath m_path;
    QPolygonF m_arrow;
    QString m_label;
    QRectF m_labelRect;
    QFont m_font;
    bool m_dashed = false;
    QRectF m_bounds;
};

} // namespace awaitscope
