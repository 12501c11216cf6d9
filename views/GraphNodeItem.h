#pragma once
// One node of a laid-out graph: a box with a title band (coloured by its verdict) and rows
// of text with Send/Sync badges. Every rectangle is computed once, in the constructor,
// from the layout; paint() only paints. The selected row or node is highlighted.

#include "layout/LaidOutGraph.h"

#include <QFont>
#include <QGraphicsItem>
#include <QString>
#include <vector>

namespace awaitscope {

class GraphNodeItem : public QGraphicsItem {
  public:
    enum { Type = UserType + 1 };
    /// What a click or a selection refers to: -1 is the node itself.
    static constexpr int kWholeNode = -1;
    static constexpr int kNothing = -2;

    /// `graph` gives the inner geometry the layout sized the node for (padding, badges).
    GraphNodeItem(const GraphNode& node, const LaidOutNode& layout, const LaidOutGraph& graph, const QFont& font);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    const QString& nodeId() const { return m_id; }
    /// The row under a point in item coordinates, kWholeNode for the title or padding.
    int rowAt(QPointF point) const;
    /// The semantic id of a row (or of the node for kWholeNode).
    QString idOf(int row) const;
    QString toolTipOf(int row) const;
    /// The tooltip at a point in item coordinates: a badge says what it means, a row its
    /// text and detail, the title the node's title.
    QString toolTipAt(QPointF point) const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    /// Returns the row with this id, kWholeNode for the node's id, kNothing otherwise.
    int rowWithId(const QString& id) const;
    void setHighlight(int row);
    int highlight() const { return m_highlight; }

  private:
    struct Row {
        QRectF rect, textRect, detailRect, sendBadge, syncBadge;
        QString text, id, detail;
        Badge send = Badge::None, sync = Badge::None;
    };
    void layoutRows(const GraphNode& node, const LaidOutNode& layout, const LaidOutGraph& graph);
    void paintBox(QPainter* painter, const QPalette& palette) const;
    void paintRow(QPainter* painter, const QPalette& palette, const Row& row, bool highlighted) const;
    void paintBadge(QPainter* painter, const QPalette& palette, const QRectF& rect, Badge badge,
                    const QString& trait) const;

    QString m_id, m_title;
    NodeStyle m_style;
    Badge m_verdict;
    QRectF m_box, m_titleRect;
    QFont m_font, m_titleFont, m_badgeFont, m_detailFont;
    double m_padding = 8;
    bool m_inlineDetails = true; // else a row's detail is only in its tooltip
    std::vector<Row> m_rows;
    int m_highlight = kNothing;
};

} // namespace awaitscope
