// Graphviz layout in process: scene coordinates, sizes from the labels, cancellation.
#include "ExportFixtures.h"
#include "analysis/Analyzer.h"
#include "export/DiagramExporter.h"
#include "graph/StateMachineGraph.h"
#include "layout/GraphLayouter.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

using namespace awaitscope;

namespace {

GraphDescription tallyGraph(bool expand = false) {
    static const Snapshot snapshot = fixtures::refcellSnapshot();
    StateMachineGraph::Options options;
    options.expandAwaitees = expand;
    return StateMachineGraph(snapshot.futures, options).build(snapshot.futures[1]);
}

bool inside(const Rect& inner, const Rect& outer, double slack = 0.5) {
    return inner.x >= outer.x - slack && inner.y >= outer.y - slack &&
           inner.x + inner.width <= outer.x + outer.width + slack &&
           inner.y + inner.height <= outer.y + outer.height + slack;
}

GraphDescription chain(int states) {
    FutureInfo f;
    f.name = "long";
    f.states.push_back(fixtures::state("Unresumed"));
    for (int i = 0; i < states; ++i) {
        f.states.push_back(
            fixtures::state("Suspend" + std::to_string(i), TextPosition{i + 2, 9},
                            {fixtures::field("value" + std::to_string(i), FieldKind::Local, "Rc<RefCell<Vec<u8>>>",
                                             Verdict::No, Verdict::No, {i + 2, 5}, "used after this await")}));
    }
    f.states.push_back(fixtures::state("Returned"));
    f.states.push_back(fixtures::state("Panicked"));
    return StateMachineGraph({}, {}).build(f);
}

} // namespace

TEST(GraphLayout, NodesAreSizedByTheirRowsAndLieInsideTheBounds) {
    const LayoutResult r = GraphLayouter().layout(tallyGraph());
    ASSERT_TRUE(r.ok()) << r.error;
    const LaidOutGraph& g = r.graph;
    EXPECT_EQ(g.fontFamily, "DejaVu Sans");
    ASSERT_EQ(g.nodes.size(), 4u);
    for (const LaidOutNode& n : g.nodes) {
        EXPECT_TRUE(inside(n.box, g.bounds)) << g.description.nodes[n.node].id;
        const double rows = static_cast<double>(g.description.nodes[n.node].rows.size());
        EXPECT_DOUBLE_EQ(n.box.height, n.titleHeight + rows * n.rowHeight) << g.description.nodes[n.node].id;
    }
    // Wide enough for the longest row and both badges.
    EXPECT_GT(g.nodes[1].box.width, 7 * 33 + g.badgeColumnWidth);
}

TEST(GraphLayout, YGrowsDownwardsFromTheFirstState) {
    const LayoutResult r = GraphLayouter().layout(tallyGraph());
    ASSERT_TRUE(r.ok());
    const auto& n = r.graph.nodes;
    EXPECT_LT(n[0].box.y, n[1].box.y) << "Unresumed is drawn above Suspend0";
    EXPECT_LT(n[1].box.y, n[2].box.y);
    EXPECT_NEAR(n[0].box.y, 0, 1) << "the top node touches the top of the bounds";
}

TEST(GraphLayout, EdgesAreCubicSplinesEndingAtTheirHeads) {
    const LayoutResult r = GraphLayouter().layout(tallyGraph());
    ASSERT_TRUE(r.ok());
    for (const LaidOutEdge& e : r.graph.edges) {
        ASSERT_GE(e.spline.size(), 4u);
        EXPECT_EQ((e.spline.size() - 1) % 3, 0u);
        ASSERT_TRUE(e.arrowHead.has_value());
        const GraphEdge& d = r.graph.description.edges[e.edge];
        int head = -1;
        for (size_t i = 0; i < r.graph.description.nodes.size(); ++i)
            if (r.graph.description.nodes[i].id == d.to) head = static_cast<int>(i);
        const Rect& box = r.graph.nodes[head].box;
        EXPECT_TRUE(inside({e.arrowHead->x, e.arrowHead->y, 0, 0}, box, 2)) << d.label;
        if (!d.label.empty()) {
            EXPECT_GT(e.labelWidth, 0) << d.label;
            EXPECT_TRUE(inside({e.labelPosition.x, e.labelPosition.y, 0, 0}, r.graph.bounds));
        }
    }
}

TEST(GraphLayout, ClustersEncloseTheirNodes) {
    const LayoutResult r = GraphLayouter().layout(tallyGraph(true));
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.graph.clusters.size(), 1u);
    const Rect& box = r.graph.clusters[0].box;
    int enclosed = 0;
    for (const LaidOutNode& n : r.graph.nodes)
        if (!r.graph.description.nodes[n.node].cluster.empty()) {
            EXPECT_TRUE(inside(n.box, box));
            ++enclosed;
        }
    EXPECT_EQ(enclosed, 4);
}

TEST(GraphLayout, MarkupInTypeNamesIsText) {
    GraphDescription g;
    g.nodes.push_back({"a",
                       "<b>&\"quoted\"</b>",
                       {{"guard: RefMut<'_, i64>", Badge::No, Badge::No, "a & b", ""}},
                       NodeStyle::State,
                       Badge::No,
                       ""});
    g.nodes.push_back({"b", "Vec<Option<&'a str>>", {}, NodeStyle::State, Badge::None, ""});
    g.edges.push_back({"a", "b", "<&T as Trait>", false, -1});
    const LayoutResult r = GraphLayouter().layout(g);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_GT(r.graph.nodes[0].box.width, 100);
}

TEST(GraphLayout, CancelledBeforeItStarts) {
    std::atomic<bool> cancelled{true};
    LayoutOptions options;
    options.cancelled = &cancelled;
    const LayoutResult r = GraphLayouter(options).layout(tallyGraph());
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.ok());
}

TEST(GraphLayout, OverTheTimeLimitIsAnError) {
    LayoutOptions options;
    options.timeLimit = std::chrono::milliseconds(0);
    const LayoutResult r = GraphLayouter(options).layout(chain(20));
    EXPECT_FALSE(r.ok());
    EXPECT_NE(r.error.find("limit"), std::string::npos) << r.error;
}

TEST(GraphLayout, TooLargeIsRefusedBeforeGraphviz) {
    LayoutOptions options;
    options.maxNodes = 10;
    const LayoutResult r = GraphLayouter(options).layout(chain(20));
    EXPECT_NE(r.error.find("limited to 10"), std::string::npos) << r.error;
}

TEST(GraphLayout, ThreadsShareTheOneContext) {
    std::vector<std::thread> threads;
    std::atomic<int> ok{0};
    for (int i = 0; i < 4; ++i) threads.emplace_back([&] { ok += GraphLayouter().layout(tallyGraph(true)).ok(); });
    for (auto& t : threads) t.join();
    EXPECT_EQ(ok, 4);
}

// Informational timing only: speed targets belong to benchmarks, not to timed tests.
TEST(GraphLayout, ALongChainLaysOut) {
    const auto start = std::chrono::steady_clock::now();
    const LayoutResult r = GraphLayouter().layout(chain(60));
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.graph.nodes.size(), 63u);
    RecordProperty("layout_ms_60_states", static_cast<int>(ms.count()));
    std::cout << "[ info ] 60-state chain (63 nodes) laid out in " << ms.count() << " ms\n";
}

TEST(GraphLayout, EverySampleLaysOutAndReportsItsTime) {
    double slowest = 0;
    std::string which;
    for (const auto& entry : std::filesystem::directory_iterator(AWAITSCOPE_SAMPLES)) {
        if (entry.path().extension() != ".rs") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        auto snapshot = analyze({entry.path().string(), text.str(), Edition::E2021, nullptr});
        ExportRequest request;
        const ExportDocument doc = DiagramExporter::run(*snapshot, request);
        ASSERT_TRUE(doc.ok()) << entry.path() << ": " << doc.error;
        if (doc.layoutMilliseconds > slowest) {
            slowest = doc.layoutMilliseconds;
            which = entry.path().filename().string();
        }
    }
    std::cout << "[ info ] slowest sample layout: " << which << " in " << slowest << " ms\n";
}
