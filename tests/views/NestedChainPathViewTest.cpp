// The window's "Why not Send" view on samples/nested_chain.rs, as a person opens it:
// `serve` awaits `route`, which awaits `render`, which holds a std MutexGuard across its
// sleep. The drawing must go spawn -> serve -> its Suspend0 -> route -> its Suspend0 ->
// render -> its Suspend0 -> the saved `text` -> the leaf, top to bottom, each step joined
// to the next by a drawn edge (issue 11 / issue 17 point 4).
#include "AnalysisController.h"
#include "GraphEdgeItem.h"
#include "GraphNodeItem.h"
#include "MainWindow.h"
#include "PathView.h"
#include "SelectionHub.h"
#include "TestSnapshots.h"

#include <QGraphicsScene>
#include <QTest>
#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

const GraphNodeItem* nodeWithId(const QList<GraphNodeItem*>& nodes, const QString& id) {
    for (const GraphNodeItem* n : nodes)
        if (n->nodeId() == id) return n;
    return nullptr;
}

const GraphNodeItem* nodeStartingWith(const QList<GraphNodeItem*>& nodes, const QString& prefix) {
    for (const GraphNodeItem* n : nodes)
        if (n->nodeId().startsWith(prefix)) return n;
    return nullptr;
}

/// Whether an edge is drawn from `from`'s box to `to`'s (its spline starts at one and its
/// arrow ends at the other).
bool joined(const QGraphicsScene& scene, const GraphNodeItem& from, const GraphNodeItem& to) {
    const QRectF a = from.sceneBoundingRect().adjusted(-4, -4, 4, 4);
    const QRectF b = to.sceneBoundingRect().adjusted(-16, -16, 16, 16);
    for (const QGraphicsItem* item : scene.items()) {
        if (item->type() != GraphEdgeItem::Type) continue;
        const auto* edge = static_cast<const GraphEdgeItem*>(item);
        const QPointF start = edge->mapToScene(edge->path().pointAtPercent(0));
        const QPointF end = edge->mapToScene(edge->path().pointAtPercent(1));
        if (a.contains(start) && b.contains(end)) return true;
    }
    return false;
}

QString futureNode(const Snapshot& s, const char* name) {
    const FutureInfo* f = s.findFuture(name);
    return f ? QStringLiteral("future:") + QString::fromStdString(f->id.text()) : QString();
}

} // namespace

TEST(NestedChainPathView, TheWindowDrawsEachAwaitedFutureAndItsStateInOrder) {
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.openFile(test::samplePath("nested_chain.rs")));
    window.analysis()->waitForIdle();
    ASSERT_GE(window.selection()->current().diagnostic, 0) << "opening selects the Send error";
    window.pathView()->waitForLayout();
    const Snapshot& s = *window.snapshot();
    const QList<GraphNodeItem*> nodes = window.pathView()->nodeItems();
    ASSERT_FALSE(nodes.empty());

    const QString serve = futureNode(s, "serve"), route = futureNode(s, "route"), render = futureNode(s, "render");
    const std::vector<const GraphNodeItem*> chain = {
        nodeStartingWith(nodes, QStringLiteral("site:")),
        nodeWithId(nodes, serve),
        nodeWithId(nodes, serve + QStringLiteral("/state:1")),
        nodeWithId(nodes, route),
        nodeWithId(nodes, route + QStringLiteral("/state:1")),
        nodeWithId(nodes, render),
        nodeWithId(nodes, render + QStringLiteral("/state:1")),
        nodeWithId(nodes, render + QStringLiteral("/state:1/value:text")),
        nodeWithId(nodes, render + QStringLiteral("/state:1/value:text/0")),
    };
    for (size_t i = 0; i < chain.size(); ++i) ASSERT_TRUE(chain[i]) << "step " << i << " is not drawn";
    EXPECT_EQ(chain[2]->toolTipOf(GraphNodeItem::kWholeNode), QStringLiteral("Suspend0 \u2014 await at 23:21"));
    EXPECT_EQ(chain[4]->toolTipOf(GraphNodeItem::kWholeNode), QStringLiteral("Suspend0 \u2014 await at 19:22"));
    EXPECT_EQ(chain[6]->toolTipOf(GraphNodeItem::kWholeNode), QStringLiteral("Suspend0 \u2014 await at 14:50"));
    EXPECT_TRUE(chain[8]->toolTipOf(GraphNodeItem::kWholeNode).contains(QStringLiteral("is never Send")))
        << chain[8]->toolTipOf(GraphNodeItem::kWholeNode).toStdString();
    for (size_t i = 1; i < chain.size(); ++i) {
        EXPECT_GT(chain[i]->sceneBoundingRect().top(), chain[i - 1]->sceneBoundingRect().bottom())
            << chain[i]->nodeId().toStdString() << " is not below " << chain[i - 1]->nodeId().toStdString();
        EXPECT_TRUE(joined(*window.pathView()->scene(), *chain[i - 1], *chain[i]))
            << "no edge from " << chain[i - 1]->nodeId().toStdString() << " to " << chain[i]->nodeId().toStdString();
    }
}
