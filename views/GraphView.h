#pragma once
// Draws a LaidOutGraph: items are built once when a layout arrives. Ctrl+wheel and
// Ctrl+= / Ctrl+- zoom, dragging pans, Ctrl+0 fits (the window's View menu has the same
// keys from any widget). Layout runs off the GUI thread through
// a LayoutFunction; a newer request or Cancel discards the running one, and a busy panel
// with a Cancel button appears while a long layout runs. Clicking a row or a node emits
// its semantic id (GraphRow::id / GraphNode::id).

#include "layout/LaidOutGraph.h"

#include <QGraphicsView>
#include <QHash>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace awaitscope {

class BackgroundWork;
class BusyOverlay;
class GraphNodeItem;

/// Lays out a description; returns nothing when cancelled or when layout failed.
using LayoutFunction =
    std::function<std::optional<LaidOutGraph>(const GraphDescription&, const std::atomic<bool>& cancelled)>;

class GraphView : public QGraphicsView {
    Q_OBJECT
  public:
    explicit GraphView(QWidget* parent = nullptr);
    ~GraphView() override;

    void setLayoutFunction(LayoutFunction function) { m_layout = std::move(function); }
    /// Lays the description out off the GUI thread, then shows it.
    void showGraph(const GraphDescription& description);
    /// Shows an already laid-out graph at once.
    void showLaidOutGraph(const LaidOutGraph& graph);
    /// Empties the view and shows a short message in its place.
    void showMessage(const QString& message);
    /// Highlights a node (by GraphNode::id) and, inside it, the row with `rowId` (empty:
    /// the whole node). Row ids need not be unique across nodes (an upvar is in each state).
    void setSelectedId(const QString& nodeId, const QString& rowId = {});

    /// Outlines nodes (by GraphNode::id) with a dashed frame and a tooltip: states where
    /// the model and the compiler differ. Kept across graphs until set again.
    void setMarkedNodes(const QHash<QString, QString>& tooltipsById);

    bool isLayoutRunning() const { return m_running; }
    void cancelLayout();
    /// Blocks (processing events) until no layout is running; tests.
    void waitForLayout();
    /// Zooms by hand: the view stops refitting itself when resized.
    void zoomBy(double factor);
    /// Fits the graph (never below a readable scale, never above 1:1) and keeps refitting.
    void fitGraph();
    double zoom() const { return transform().m11(); }
    QList<GraphNodeItem*> nodeItems() const;
    BusyOverlay* busyOverlay() const { return m_busy; }
    /// The id a click at a viewport point would select (empty when nothing is there).
    QString idAt(QPoint viewportPoint) const;

  signals:
    /// `id`: the clicked row's id, or the node's; `nodeId`: the node it is in.
    void idClicked(const QString& id, const QString& nodeId);
    void layoutFinished();

  protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;

  private:
    void clearScene();
    void applyHighlight();
    void applyMarks();
    void scaleTo(double zoom);
    QGraphicsItem* selectedNodeItem() const;
    /// Where fitGraph() centres a graph nothing in it is selected in.
    QPointF startOf(const QRectF& rect) const;
    GraphNodeItem* nodeAt(QPoint viewportPoint, int* row) const;

    QGraphicsScene* m_scene = nullptr;
    BusyOverlay* m_busy = nullptr;
    BackgroundWork* m_work; // a child: lays out each graph on a thread of its own
    LayoutFunction m_layout;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    QString m_selectedNode, m_selectedRow;
    QHash<QString, QString> m_marks;
    QString m_graphName;   // the graph on screen, to keep the zoom across re-analyses
    bool m_autoFit = true; // refit on resize until the user zooms by hand
};

} // namespace awaitscope
