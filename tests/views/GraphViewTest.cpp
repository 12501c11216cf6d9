// The graph view draws a hand-made LaidOutGraph: items, clicks on rows and nodes, zoom and
// fit shortcuts, and an off-thread layout that can be cancelled.
#include "BusyOverlay.h"
#include "GraphNodeItem.h"
#include "StateGraphView.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <thread>

using namespace awaitscope;

namespace {

LaidOutGraph twoStates() {
    LaidOutGraph g;
    GraphNode a;
    a.id = "future:0/state:0";
    a.title = "Unresumed";
    a.rows.push_back({"players: Vec<String>", Badge::Yes, Badge::Yes, "upvar", "future:0/state:0/field:0"});
    GraphNode b;
    b.id = "future:0/state:1";
    b.title = "Suspend0 — await at 22:42";
    b.verdict = Badge::No;
    b.rows.push_back({"players: Vec<String>", Badge::Yes, Badge::Yes, "upvar", "future:0/state:1/field:0"});
    b.rows.push_back(
        {"scores: RefMut<'_, i64>", Badge::No, Badge::No, "used after this await", "future:0/state:1/field:1"});
    g.description.name = "tally: state machine";
    g.description.nodes = {a, b};
    GraphEdge e;
    e.from = a.id;
    e.to = b.id;
    e.label = "first poll";
    g.description.edges = {e};
    g.nodes = {{0, {0, 0, 260, 44}, 24, 20}, {1, {0, 100, 260, 64}, 24, 20}};
    LaidOutEdge le;
    le.edge = 0;
    le.spline = {{130, 44}, {130, 60}, {130, 80}, {130, 92}};
    le.arrowHead = Point{130, 100};
    le.labelPosition = {170, 72};
    g.edges = {le};
    g.bounds = {0, 0, 260, 164};
    g.fontSize = 11;
    return g;
}

QPoint viewportPointOf(GraphView& view, QPointF scenePoint) {
    return view.mapFromScene(scenePoint);
}

} // namespace

TEST(GraphView, BuildsItemsAndReportsClickedRowsAndNodes) {
    StateGraphView view;
    view.resize(500, 400);
    view.show();
    view.showLaidOutGraph(twoStates());
    ASSERT_EQ(view.nodeItems().size(), 2);
    QSignalSpy clicked(&view, &GraphView::idClicked);
    // The second row of Suspend0: y = 100 + title 24 + row 20 + half a row.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportPointOf(view, {60, 154}));
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toString(), "future:0/state:1/field:1");
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, viewportPointOf(view, {60, 110})); // its title
    EXPECT_EQ(clicked.at(1).at(0).toString(), "future:0/state:1");
    EXPECT_EQ(clicked.at(1).at(1).toString(), "future:0/state:1");
    view.setSelectedId("future:0/state:1", "future:0/state:1/field:1");
    EXPECT_EQ(view.nodeItems().at(1)->highlight(), 1);
    EXPECT_EQ(view.nodeItems().at(0)->highlight(), GraphNodeItem::kNothing);
}

TEST(GraphView, ZoomsWithShortcutsAndFits) {
    StateGraphView view;
    view.resize(500, 400);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.showLaidOutGraph(twoStates());
    view.setFocus();
    const double before = view.zoom();
    QTest::keyClick(&view, Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_GT(view.zoom(), before);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&view, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_LT(view.zoom(), before);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(view.zoom(), before);
}

TEST(GraphView, LaysOutOffTheGuiThreadAndCanBeCancelled) {
    StateGraphView view;
    view.resize(500, 400);
    view.show();
    std::atomic<bool> sawCancel = false;
    view.setLayoutFunction([&sawCancel](const GraphDescription&, const std::atomic<bool>& cancelled) {
        for (int i = 0; i < 500 && !cancelled.load(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        sawCancel = cancelled.load();
        return std::optional<LaidOutGraph>();
    });
    view.showGraph(twoStates().description);
    EXPECT_TRUE(view.isLayoutRunning());
    EXPECT_TRUE(QTest::qWaitFor([&] { return view.busyOverlay()->isVisible(); }, 2000)); // the GUI thread stays free
    view.busyOverlay()->cancelButton()->click();
    EXPECT_FALSE(view.isLayoutRunning());
    EXPECT_FALSE(view.busyOverlay()->isVisible());
    EXPECT_TRUE(QTest::qWaitFor([&] { return sawCancel.load(); }, 5000));
}

TEST(GraphView, ShowsTheLayoutResultWhenItArrives) {
    StateGraphView view;
    view.setLayoutFunction(
        [](const GraphDescription&, const std::atomic<bool>&) { return std::optional(twoStates()); });
    view.showGraph(twoStates().description);
    view.waitForLayout();
    EXPECT_EQ(view.nodeItems().size(), 2);
}

TEST(GraphView, AGraphTallerThanTheViewIsShownFromItsTop) {
    // Read from the start (a path's spawn site, a machine's Unresumed), not the middle.
    StateGraphView view;
    view.resize(500, 120);
    view.show();
    view.showLaidOutGraph(twoStates());
    ASSERT_LT(view.viewport()->height(), 164) << "the graph must not fit for this test";
    const QRect first = view.mapFromScene(view.nodeItems().at(0)->sceneBoundingRect()).boundingRect();
    EXPECT_TRUE(view.viewport()->rect().contains(first)) << "Unresumed is cut off";
}
