// The propagation path: from the spawn site down to the leaf types rustc names.
#include "graph/PropagationPathGraph.h"
#include "ExportFixtures.h"
#include "analysis/Analyzer.h"
#include "export/DiagramExporter.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace awaitscope;

namespace {

std::vector<std::string> titles(const GraphDescription& g) {
    std::vector<std::string> out;
    for (const GraphNode& n : g.nodes) out.push_back(n.title);
    return out;
}

std::string labelInto(const GraphDescription& g, const std::string& title) {
    for (const GraphNode& n : g.nodes)
        if (n.title == title)
            for (const GraphEdge& e : g.edges)
                if (e.to == n.id) return e.label;
    return "(none)";
}

} // namespace

TEST(PropagationPathGraph, FromTheSiteThroughStateAndFieldToTheLeaves) {
    const Snapshot s = fixtures::refcellSnapshot();
    const GraphDescription g = PropagationPathGraph(&s).build(s.diagnostics[0], 0);
    const std::vector<std::string> expected = {"tokio::spawn(tally(players)) requires Send",
                                               "future of `tally`",
                                               "Suspend0 \u2014 await at 22:42",
                                               "scores: RefMut<'_, HashMap<String, i64>>",
                                               "`RefMut<'_, HashMap<String, i64>>` is Send if all its fields are",
                                               "`NonNull<T>` is never Send (impl<T: ?Sized> !Send for NonNull<T>)",
                                               "`std::cell::BorrowRefMut<'_>` is Send if all its fields are",
                                               "`&Cell<isize>` is Send only if `Cell<isize>` is Sync",
                                               "`Cell<T>` is never Sync (impl<T: ?Sized> !Sync for Cell<T>)"};
    EXPECT_EQ(titles(g), expected);
    EXPECT_EQ(g.edges.size(), expected.size() - 1) << "a tree";
    EXPECT_EQ(labelInto(g, "future of `tally`"), "`tokio::spawn` requires its argument to be `Send`");
    EXPECT_EQ(labelInto(g, "Suspend0 \u2014 await at 22:42"),
              "the future of `tally` is `Send` only if everything it stores is");
    EXPECT_EQ(labelInto(g, "scores: RefMut<'_, HashMap<String, i64>>"), "Suspend0 (await at 22:42) holds `scores`");
    EXPECT_EQ(g.nodes[5].style, NodeStyle::Leaf);
    EXPECT_EQ(g.nodes[5].rows[0].send, Badge::No);
    EXPECT_EQ(g.nodes.back().style, NodeStyle::Leaf);
    EXPECT_EQ(g.nodes.back().rows[0].sync, Badge::No);
    EXPECT_EQ(g.nodes[6].style, NodeStyle::Type);
    EXPECT_EQ(g.nodes[2].id, "future:f1/state:1") << "the same identity as in the state machine";
}

TEST(PropagationPathGraph, WithoutAPathTheCauseLeavesHangOffTheValue) {
    Snapshot s = fixtures::refcellSnapshot();
    s.diagnostics[0].causes[0].path.clear();
    s.diagnostics[0].causes[0].derivation = {};
    const GraphDescription g = PropagationPathGraph(&s).build(s.diagnostics[0]);
    ASSERT_EQ(g.nodes.size(), 6u);
    EXPECT_EQ(labelInto(g, "scores: RefMut<'_, HashMap<String, i64>>"), "saved across the await at 22:42");
    EXPECT_EQ(labelInto(g, "Cell<isize>"), "`Cell<isize>` is not Sync");
}

TEST(PropagationPathGraph, CapturedValueHangsOffTheUpvars) {
    Snapshot s = fixtures::refcellSnapshot();
    Cause& c = s.diagnostics[0].causes[0];
    c.kind = "captured";
    c.awaitKeyword.reset();
    c.path.clear();
    c.derivation = {};
    const GraphDescription g = PropagationPathGraph(&s).build(s.diagnostics[0]);
    EXPECT_EQ(g.nodes[2].title, "upvars (in every state)");
    EXPECT_EQ(labelInto(g, "NonNull<HashMap<String, i64>>"), "`NonNull<HashMap<String, i64>>` is not Send");
}

TEST(PropagationPathGraph, OutputNotSendBlamesTheOutputLeaves) {
    Diagnostic d;
    d.code = "output-not-send";
    d.message = "`(dyn std::error::Error + 'static)` cannot be sent between threads safely";
    d.future = "work";
    d.requiredBy = "tokio::spawn";
    d.leaves = {{"Send", "dyn std::error::Error", nullptr}}; // printed only: the graph reads the text
    const GraphDescription g = PropagationPathGraph(nullptr).build(d);
    ASSERT_EQ(g.nodes.size(), 3u);
    EXPECT_EQ(g.nodes[0].title, "tokio::spawn requires Output: Send");
    EXPECT_EQ(g.nodes[2].title, "dyn std::error::Error");
}

TEST(PropagationPathGraph, AnyTreeOfStepsCanFeedIt) {
    PathStep root{"RefMut<'_, i64>: Send", "", false, {}, NodeStyle::Type, Badge::No, {}, ""};
    root.children.push_back(
        {"NonNull<i64>: Send", "field `value: NonNull<T>`", true, {}, NodeStyle::Leaf, Badge::No, {}, ""});
    root.children.push_back(
        {"BorrowRefMut<'_>: Send", "field `borrow`", false, {}, NodeStyle::Type, Badge::No, {}, ""});
    root.children[1].children.push_back(
        {"Cell<isize>: Sync", "`&T` is Send only if `T` is Sync", true, {}, NodeStyle::Leaf, Badge::No, {}, ""});
    const GraphDescription g = PropagationPathGraph::build(root, "why");
    ASSERT_EQ(g.nodes.size(), 4u);
    ASSERT_EQ(g.edges.size(), 3u);
    EXPECT_EQ(g.edges[2].label, "`&T` is Send only if `T` is Sync");
    EXPECT_EQ(g.edges[2].from, g.nodes[2].id);
}

TEST(PropagationPathGraph, SiteTextComesFromTheSourceWhenItHasTheCall) {
    Snapshot s = fixtures::refcellSnapshot();
    s.diagnostics[0].range = {{30, 18}, {30, 45}}; // `tokio::spawn(tally(players)`, as for an async block
    const GraphDescription g = PropagationPathGraph(&s).build(s.diagnostics[0]);
    EXPECT_EQ(g.nodes[0].title, "tokio::spawn(tally(players) requires Send");
}

TEST(PropagationPathGraph, AGenericInstanceShowsWhereItsArgumentIsHeld) {
    // rustc blames no value here (the body says `T`); the path still reaches the leaf.
    const std::string source = "use std::rc::Rc;\n"
                               "async fn hold<T: std::fmt::Debug>(value: T) -> String {\n"
                               "    tokio::task::yield_now().await;\n"
                               "    format!(\"{value:?}\")\n"
                               "}\n"
                               "pub fn start() { tokio::spawn(hold(Rc::new(1u8))); }\n";
    const auto s = analyze({"generic.rs", source, Edition::E2021});
    ASSERT_EQ(s->diagnostics.size(), 1u);
    const Diagnostic& d = s->diagnostics[0];
    EXPECT_TRUE(d.causes.empty());
    ASSERT_FALSE(d.path.empty());
    const GraphDescription g = PropagationPathGraph(s.get()).build(d);
    ASSERT_GE(g.nodes.size(), 3u);
    EXPECT_EQ(g.nodes[1].title, "future of `hold`");
    int heldLeaves = 0;
    for (const GraphNode& n : g.nodes)
        if (n.style == NodeStyle::Leaf && n.title.find("`T`, here `Rc<u8>`") != std::string::npos) ++heldLeaves;
    EXPECT_EQ(heldLeaves, 2) << "the argument as captured and as the Suspend0 local";
    EXPECT_EQ(labelInto(g, g.nodes[2].title), "it holds");
}

namespace {

/// The chain of node ids from the graph's first node, always following the first edge.
std::vector<const GraphNode*> firstChain(const GraphDescription& g) {
    std::vector<const GraphNode*> out;
    std::string id = g.nodes.empty() ? "" : g.nodes.front().id;
    while (!id.empty()) {
        const GraphNode* node = nullptr;
        for (const GraphNode& n : g.nodes)
            if (n.id == id) node = &n;
        if (!node) break;
        out.push_back(node);
        id.clear();
        for (const GraphEdge& e : g.edges)
            if (e.from == node->id) {
                id = e.to;
                break;
            }
    }
    return out;
}

} // namespace

TEST(PropagationPathGraph, ANestedChainRunsThroughEachAwaitedFutureAndItsState) {
    // samples/nested_chain.rs: serve awaits route, which awaits render, which holds a
    // std MutexGuard across its sleep. The path goes spawn -> serve -> its Suspend0 ->
    // route -> its Suspend0 -> render -> its Suspend0 -> `text` -> its type -> leaf, in
    // the window and in the exported diagram alike (both draw DiagramExporter's graph).
    const std::string path = std::string(AWAITSCOPE_SAMPLES) + "/nested_chain.rs";
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    const auto s = analyze({"samples/nested_chain.rs", text.str(), Edition::E2021});
    ASSERT_EQ(s->diagnostics.size(), 1u);
    ExportRequest request;
    request.view = "path";
    std::string error;
    const auto g = DiagramExporter::diagram(*s, request, error);
    ASSERT_TRUE(g) << error;
    const auto chain = firstChain(*g);
    std::vector<std::pair<NodeStyle, std::string>> got;
    for (const GraphNode* n : chain) got.emplace_back(n->style, n->title);
    ASSERT_GE(got.size(), 9u);
    EXPECT_EQ(got[0].first, NodeStyle::Site);
    EXPECT_EQ(got[1], std::make_pair(NodeStyle::Future, std::string("future of `serve`")));
    EXPECT_EQ(got[2], std::make_pair(NodeStyle::State, std::string("Suspend0 \u2014 await at 23:21")));
    EXPECT_EQ(got[3], std::make_pair(NodeStyle::Future, std::string("future of `route`")));
    EXPECT_EQ(got[4], std::make_pair(NodeStyle::State, std::string("Suspend0 \u2014 await at 19:22")));
    EXPECT_EQ(got[5], std::make_pair(NodeStyle::Future, std::string("future of `render`")));
    EXPECT_EQ(got[6], std::make_pair(NodeStyle::State, std::string("Suspend0 \u2014 await at 14:50")));
    EXPECT_EQ(got[7].first, NodeStyle::Field);
    EXPECT_EQ(got[7].second.rfind("text: ", 0), 0u) << got[7].second;
    EXPECT_EQ(got.back().first, NodeStyle::Leaf);
    for (size_t i = 8; i + 1 < got.size(); ++i) EXPECT_EQ(got[i].first, NodeStyle::Type) << got[i].second;
    // The states are the state machine's own nodes, by identity.
    EXPECT_EQ(chain[2]->id, "future:" + s->findFuture("serve")->id.text() + "/state:1");
    EXPECT_EQ(chain[6]->id, "future:" + s->findFuture("render")->id.text() + "/state:1");
}
