#include "GraphView.h"

#include "BackgroundWork.h"
#include "BusyOverlay.h"
#include "GraphClusterItem.h"
#include "GraphEdgeItem.h"
#include "GraphNodeItem.h"

#include <QAction>
#include <QCoreApplication>
#include <QEventLoop>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

namespace awaitscope {

namespace {

constexpr double kMinZoom = 0.05, kMaxZoom = 8.0;
// Fitting never shrinks below this: the layout's smallest text (10 points, see
// layout/DiagramStyle.h) stays at least 10 px high; a larger graph scrolls instead.
constexpr double kReadableZoom = 1.0;

QFont sceneFont(const LaidOutGraph& graph) {
    // Graphviz sized the boxes for this font in points; points are scene units here.
    QFont font(graph.fontFamily.empty() ? QStringLiteral("Sans") : QString::fromStdString(graph.fontFamily));
    font.setPixelSize(std::max(6, qRound(graph.fontSize)));
    return font;
}

} // namespace

GraphView::GraphView(QWidget* parent) : QGraphicsView(parent), m_work(new BackgroundWork(this)) {
    m_scene = new QGraphicsScene(this);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundRole(QPalette::Base);
    m_busy = new BusyOverlay(viewport());
    connect(m_busy, &BusyOverlay::cancelRequested, this, &GraphView::cancelLayout);
}

GraphView::~GraphView() {
    cancelLayout();
    delete m_work; // waits for the cancelled layout, which reports to this view
}

void GraphView::keyPressEvent(QKeyEvent* event) {
    // The window's View menu has the same keys for whichever graph is in use; these serve a
    // GraphView on its own (the window's shortcuts take the keys before they get here).
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int key = event->key();
    if (ctrl && (key == Qt::Key_Equal || key == Qt::Key_Plus))
        zoomBy(1.25);
    else if (ctrl && key == Qt::Key_Minus)
        zoomBy(0.8);
    else if (ctrl && key == Qt::Key_0)
        fitGraph();
    else
        return QGraphicsView::keyPressEvent(event);
    event->accept();
}

void GraphView::showGraph(const GraphDescription& description) {
    if (m_cancel) m_cancel->store(true); // superseded
    if (!m_layout) {
        showMessage(tr("No graph layout is available in this build."));
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    m_running = true;
    m_busy->start(tr("Laying out %1…").arg(QString::fromStdString(description.name)));
    auto laidOut = [this, generation](const std::optional<LaidOutGraph>& result) {
        if (generation != m_generation) return; // stale or cancelled
        m_running = false;
        m_busy->stop();
        if (result) {
            showLaidOutGraph(*result);
        } else {
            showMessage(tr("The layout failed."));
        }
        emit layoutFinished(); // braces above: `emit` expands to nothing, clang saw misleading indentation
    };
    m_work->run([layout = m_layout, description, cancel = m_cancel] { return layout(description, *cancel); }, laidOut);
}

void GraphView::cancelLayout() {
    if (!m_running) return;
    if (m_cancel) m_cancel->store(true);
    ++m_generation; // whatever arrives now is discarded
    m_running = false;
    m_busy->stop();
    showMessage(tr("Layout cancelled."));
    emit layoutFinished();
}

void GraphView::waitForLayout() {
    while (m_running) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void GraphView::clearScene() {
    m_scene->clear();
    resetTransform();
}

void GraphView::showMessage(const QString& message) {
    clearScene();
    m_graphName.clear();
    auto* text = m_scene->addSimpleText(message);
    text->setBrush(palette().color(QPalette::PlaceholderText));
    m_scene->setSceneRect(text->boundingRect().adjusted(-20, -20, 20, 20));
}

void GraphView::showLaidOutGraph(const LaidOutGraph& graph) {
    const QTransform previousTransform = transform();
    const QString name = QString::fromStdString(graph.description.name);
    m_scene->clear();
    const QFont font = sceneFont(graph);
    QFont labelFont = font;
    labelFont.setPixelSize(std::max(6, qRound(graph.edgeLabelFontSize)));
    for (const LaidOutCluster& c : graph.clusters)
        if (c.cluster >= 0 && c.cluster < static_cast<int>(graph.description.clusters.size()))
            m_scene->addItem(new GraphClusterItem(graph.description.clusters[c.cluster], c, font));
    for (const LaidOutEdge& e : graph.edges)
        if (e.edge >= 0 && e.edge < static_cast<int>(graph.description.edges.size()))
            m_scene->addItem(new GraphEdgeItem(graph.description.edges[e.edge], e, labelFont));
    for (const LaidOutNode& n : graph.nodes)
        if (n.node >= 0 && n.node < static_cast<int>(graph.description.nodes.size()))
            m_scene->addItem(new GraphNodeItem(graph.description.nodes[n.node], n, graph, font));
    const Rect& b = graph.bounds;
    m_scene->setSceneRect(QRectF(b.x, b.y, b.width, b.height).adjusted(-12, -12, 12, 12));
    applyHighlight();
    applyMarks();
    // Re-analysis of the same graph keeps the user's zoom; a different graph is fitted.
    if (name == m_graphName && !m_autoFit)
        setTransform(previousTransform);
    else
        fitGraph();
    m_graphName = name;
}

void GraphView::fitGraph() {
    m_autoFit = true;
    const QRectF rect = m_scene->sceneRect();
    const QSize area = viewport()->size();
    if (rect.isEmpty() || area.isEmpty()) return;
    // Fit, but never magnify a small graph beyond 1:1 (text would look bloated) nor shrink
    // a large one below readable: then it scrolls, centred on the selection.
    const double fit = std::min(area.width() / rect.width(), area.height() / rect.height());
    scaleTo(std::clamp(fit, kReadableZoom, 1.0));
    if (QGraphicsItem* selected = selectedNodeItem(); selected && fit < kReadableZoom)
        centerOn(selected);
    else
        centerOn(startOf(rect));
}

QPointF GraphView::startOf(const QRectF& rect) const {
    // A graph taller than its view is read from the top (the spawn site of a path, the
    // Unresumed state of a machine): show its beginning, not its middle.
    const double visibleHeight = viewport()->height() / zoom();
    if (rect.height() <= visibleHeight) return rect.center();
    return {rect.center().x(), rect.top() + visibleHeight / 2};
}

void GraphView::scaleTo(double target) {
    resetTransform();
    scale(target, target);
}

void GraphView::zoomBy(double factor) {
    m_autoFit = false;
    scaleTo(std::clamp(zoom() * factor, kMinZoom, kMaxZoom));
}

QGraphicsItem* GraphView::selectedNodeItem() const {
    for (GraphNodeItem* node : nodeItems())
        if (node->highlight() != GraphNodeItem::kNothing) return node;
    return nullptr;
}

void GraphView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) return QGraphicsView::wheelEvent(event);
    zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
    event->accept();
}

GraphNodeItem* GraphView::nodeAt(QPoint viewportPoint, int* row) const {
    for (QGraphicsItem* item : items(viewportPoint)) {
        if (item->type() != GraphNodeItem::Type) continue;
        auto* node = static_cast<GraphNodeItem*>(item);
        *row = node->rowAt(node->mapFromScene(mapToScene(viewportPoint)));
        return node;
    }
    return nullptr;
}

QString GraphView::idAt(QPoint viewportPoint) const {
    int row = GraphNodeItem::kWholeNode;
    GraphNodeItem* node = nodeAt(viewportPoint, &row);
    return node ? node->idOf(row) : QString();
}

void GraphView::mousePressEvent(QMouseEvent* event) {
    int row = GraphNodeItem::kWholeNode;
    GraphNodeItem* node = event->button() == Qt::LeftButton ? nodeAt(event->position().toPoint(), &row) : nullptr;
    if (!node) return QGraphicsView::mousePressEvent(event); // empty space: pan
    const QString id = node->idOf(row);
    setSelectedId(node->nodeId(), id == node->nodeId() ? QString() : id);
    emit idClicked(id, node->nodeId());
    event->accept();
}

bool GraphView::viewportEvent(QEvent* event) {
    if (event->type() != QEvent::ToolTip) return QGraphicsView::viewportEvent(event);
    auto* help = static_cast<QHelpEvent*>(event);
    int row = GraphNodeItem::kWholeNode;
    GraphNodeItem* node = nodeAt(help->pos(), &row);
    if (node)
        QToolTip::showText(help->globalPos(), node->toolTipAt(node->mapFromScene(mapToScene(help->pos()))), viewport());
    else
        QToolTip::hideText();
    return true;
}

void GraphView::setSelectedId(const QString& nodeId, const QString& rowId) {
    m_selectedNode = nodeId;
    m_selectedRow = rowId;
    applyHighlight();
}

void GraphView::applyHighlight() {
    for (GraphNodeItem* node : nodeItems()) {
        int row = GraphNodeItem::kNothing;
        if (!m_selectedNode.isEmpty() && node->nodeId() == m_selectedNode) {
            row = m_selectedRow.isEmpty() ? GraphNodeItem::kWholeNode : node->rowWithId(m_selectedRow);
            if (row == GraphNodeItem::kNothing) row = GraphNodeItem::kWholeNode;
        }
        node->setHighlight(row);
        if (row != GraphNodeItem::kNothing) ensureVisible(node, 20, 20);
    }
}

void GraphView::setMarkedNodes(const QHash<QString, QString>& tooltipsById) {
    m_marks = tooltipsById;
    applyMarks();
}

void GraphView::applyMarks() {
    constexpr int kMarkTag = 0x72757374; // data(0) of a mark item, so that old marks can be found
    for (QGraphicsItem* item : m_scene->items())
        if (item->data(0).toInt() == kMarkTag) delete item;
    for (GraphNodeItem* node : nodeItems()) {
        const auto it = m_marks.constFind(node->nodeId());
        if (it == m_marks.constEnd()) continue;
        QPen pen(QColor(0xd9, 0x6c, 0x00), 2.5, Qt::DashLine);
        auto* frame = m_scene->addRect(node->sceneBoundingRect().adjusted(-5, -5, 5, 5), pen);
        frame->setData(0, kMarkTag);
        frame->setZValue(node->zValue() - 1);
        frame->setToolTip(*it);
    }
}

QList<GraphNodeItem*> GraphView::nodeItems() const {
    QList<GraphNodeItem*> nodes;
    for (QGraphicsItem* item : m_scene->items(Qt::AscendingOrder))
        if (item->type() == GraphNodeItem::Type) nodes.append(static_cast<GraphNodeItem*>(item));
    return nodes;
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    m_busy->reposition();
    if (m_autoFit && !m_graphName.isEmpty()) fitGraph();
}

} // namespace awaitscope
