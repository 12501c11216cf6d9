// The state machine diagram: a node per state with its fields, the polls between states.
#include "graph/StateMachineGraph.h"
#include "ExportFixtures.h"

#include <gtest/gtest.h>

using namespace awaitscope;

namespace {

const GraphNode* node(const GraphDescription& g, const std::string& id) {
    for (const GraphNode& n : g.nodes)
        if (n.id == id) return &n;
    return nullptr;
}

const GraphEdge* edge(const GraphDescription& g, const std::string& from, const std::string& to) {
    for (const GraphEdge& e : g.edges)
        if (e.from == from && e.to == to) return &e;
    return nullptr;
}

GraphDescription tallyGraph(StateMachineGraph::Options options = {}) {
    static const Snapshot snapshot = fixtures::refcellSnapshot();
    return StateMachineGraph(snapshot.futures, options).build(snapshot.futures[1]);
}

} // namespace

TEST(StateMachineGraph, ANodePerStateTitledWithItsAwait) {
    const GraphDescription g = tallyGraph();
    ASSERT_EQ(g.nodes.size(), 4u);
    EXPECT_EQ(g.nodes[0].title, "Unresumed");
    EXPECT_EQ(g.nodes[1].title, "Suspend0 \u2014 await at 22:42");
    EXPECT_EQ(g.nodes[0].style, NodeStyle::InitialState);
    EXPECT_EQ(g.nodes[3].style, NodeStyle::FinalState);
    EXPECT_EQ(g.nodes[1].id, "future:f1/state:1");
}

TEST(StateMachineGraph, UpvarsAreRowsOfUnresumedAndNamedInEverySuspendState) {
    const GraphDescription g = tallyGraph();
    ASSERT_EQ(g.nodes[0].rows.size(), 1u);
    EXPECT_EQ(g.nodes[0].rows[0].text, "upvar players: Vec<String>");
    EXPECT_NE(g.nodes[0].rows[0].detail.find("every state"), std::string::npos);
    EXPECT_EQ(g.nodes[1].rows[0].text, "upvars: players");
}

TEST(StateMachineGraph, FieldRowsCarryBadgesWhyAndIdentity) {
    const GraphDescription g = tallyGraph();
    const GraphRow& scores = g.nodes[1].rows[2];
    EXPECT_EQ(scores.text, "scores: RefMut<'_, HashMap<String, i64>>");
    EXPECT_EQ(scores.send, Badge::No);
    EXPECT_EQ(scores.sync, Badge::No);
    EXPECT_EQ(scores.detail, "used after this await");
    EXPECT_EQ(scores.id, "future:f1/state:1/field:1");
    EXPECT_EQ(g.nodes[1].rows[3].text, "awaitee `fetch_score(&players[0])`: {async fn body of fetch_score()}");
    EXPECT_EQ(g.nodes[1].verdict, Badge::No) << "it holds a !Send value";
    EXPECT_EQ(g.nodes[0].verdict, Badge::Yes);
}

TEST(StateMachineGraph, StraightLineOfPollsAndPanicEdges) {
    const GraphDescription g = tallyGraph();
    const auto* first = edge(g, "future:f1/state:0", "future:f1/state:1");
    ASSERT_TRUE(first);
    EXPECT_EQ(first->label, "first poll");
    const auto* resume = edge(g, "future:f1/state:1", "future:f1/state:2");
    ASSERT_TRUE(resume);
    EXPECT_EQ(resume->label, "resume after await at 22:42, return");
    const auto* panic = edge(g, "future:f1/state:1", "future:f1/state:3");
    ASSERT_TRUE(panic);
    EXPECT_TRUE(panic->dashed);
    EXPECT_TRUE(edge(g, "future:f1/state:0", "future:f1/state:3"));
}

TEST(StateMachineGraph, NoAwaitMeansTheFirstPollRunsToTheEnd) {
    FutureInfo f;
    f.name = "quick";
    f.states = {fixtures::state("Unresumed"), fixtures::state("Returned"), fixtures::state("Panicked")};
    const GraphDescription g = StateMachineGraph({}, {}).build(f);
    const auto* e = edge(g, "future:f-1/state:0", "future:f-1/state:1");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->label, "first poll runs to the end");
    EXPECT_EQ(g.nodes[0].rows[0].text, "captures nothing");
}

TEST(StateMachineGraph, KnownTransitionsDrawALoopBackEdge) {
    FutureInfo f = fixtures::tally();
    f.states.insert(f.states.begin() + 2, fixtures::state("Suspend1", TextPosition{24, 20}));
    StateMachineGraph::Options options;
    options.transitions = {{0, 1}, {1, 2}, {2, 1}, {2, 3}};
    const GraphDescription g = StateMachineGraph({}, options).build(f);
    const auto* back = edge(g, "future:f1/state:2", "future:f1/state:1");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->label, "loop: resume after await at 24:20");
}

TEST(StateMachineGraph, ManyStatesShareOneSummarisedPanicEdge) {
    FutureInfo f;
    f.name = "long";
    f.states.push_back(fixtures::state("Unresumed"));
    for (int i = 0; i < 6; ++i)
        f.states.push_back(fixtures::state("Suspend" + std::to_string(i), TextPosition{i + 2, 9}));
    f.states.push_back(fixtures::state("Returned"));
    f.states.push_back(fixtures::state("Panicked"));
    const GraphDescription g = StateMachineGraph({}, {}).build(f);
    int panics = 0;
    for (const GraphEdge& e : g.edges) panics += e.dashed;
    EXPECT_EQ(panics, 1);
}

TEST(StateMachineGraph, ExpandedAwaiteeIsAClusterLinkedFromItsRow) {
    StateMachineGraph::Options options;
    options.expandAwaitees = true;
    const GraphDescription g = tallyGraph(options);
    ASSERT_EQ(g.clusters.size(), 1u);
    EXPECT_EQ(g.clusters[0].title, "fetch_score: state machine");
    const GraphNode* inner = node(g, "future:f0/state:1");
    ASSERT_TRUE(inner);
    EXPECT_EQ(inner->cluster, g.clusters[0].id);
    const auto* link = edge(g, "future:f1/state:1", "future:f0/state:0");
    ASSERT_TRUE(link);
    EXPECT_EQ(link->fromRow, 3) << "the awaitee row: after the upvar summary, board and scores";
}

TEST(StateMachineGraph, AwaitedFutureIsFoundByTypeOrByCallee) {
    const Snapshot s = fixtures::refcellSnapshot();
    SavedField byCall;
    byCall.kind = FieldKind::Awaitee;
    byCall.expr = "self.fetch_score(x)";
    EXPECT_EQ(StateMachineGraph::awaitedFuture(byCall, s.futures), &s.futures[0]);
    byCall.expr = "tokio::time::sleep(d)";
    EXPECT_EQ(StateMachineGraph::awaitedFuture(byCall, s.futures), nullptr);
    SavedField byType;
    byType.kind = FieldKind::Awaitee;
    byType.expr = "fetch_score(x)"; // the typed identity wins over the callee's name
    byType.awaited = FutureId{1};
    EXPECT_EQ(StateMachineGraph::awaitedFuture(byType, s.futures), &s.futures[1]);
}
