#pragma once
// A box around a group of nodes (an expanded awaitee's own state machine), with its title
// at the top, drawn behind the nodes. Geometry from the layout; paint() only paints.

#include "layout/LaidOutGraph.h"

#include <QFont>
#include <QGraphicsItem>

namespace awaitscope {

class GraphClusterItem : public QGraphicsItem {
  public:
    enum { Type = UserType + 3 };
    GraphClusterItem(const GraphCluster& cluster, const LaidOutCluster& layout, const QFont& font);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    const QString& clusterId() const { return m_id; }

  private:
    QString m_id, m_title;
    QRectF m_box, m_titleRect;
    QFont m_font;
};

} // namespace awaitscope
