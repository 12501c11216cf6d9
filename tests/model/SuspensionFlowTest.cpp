// The state machine's moves come from the control flow: a loop around an await takes
// SuspendN back to SuspendN (samples/loop_back_edge.rs), a loop that may run zero times
// lets the first poll run to the end, and straight-line code moves in source order.
#include "ExportTestSupport.h"
#include "analysis/Analyzer.h"
#include "graph/StateMachineGraph.h"

#include <algorithm>
#include <filesystem>

using namespace awaitscope;
using namespace awaitscope::testing;

namespace {

std::shared_ptr<const Snapshot> sample(const std::string& name, Edition edition = Edition::E2021) {
    const std::string path = std::string(AWAITSCOPE_SAMPLES) + "/" + name;
    return analyze({"samples/" + name, readFile(path), edition, nullptr});
}

std::string movesOf(const FutureInfo& f) {
    std::string out;
    for (const Transition& t : f.transitions) out += " " + std::to_string(t.from) + "->" + std::to_string(t.to);
    return out;
}

bool has(const FutureInfo& f, int from, int to) {
    return std::find(f.transitions.begin(), f.transitions.end(), Transition{from, to}) != f.transitions.end();
}

} // namespace

TEST(SuspensionFlow, ALoopAroundAnAwaitComesBackToItsOwnState) {
    const auto s = sample("loop_back_edge.rs");
    const FutureInfo* f = s->findFuture("label_all");
    ASSERT_TRUE(f);
    ASSERT_EQ(f->suspendCount(), 1);
    EXPECT_TRUE(has(*f, 0, 1)) << "the first poll enters the loop and stops at the await:" << movesOf(*f);
    EXPECT_TRUE(has(*f, 0, 2)) << "an empty `ids` runs the first poll to the end";
    EXPECT_TRUE(has(*f, 1, 1)) << "the next iteration awaits again: the back edge";
    EXPECT_TRUE(has(*f, 1, 2)) << "the last iteration returns";
    const GraphDescription g = StateMachineGraph(s->futures, {}).build(*f);
    const std::string suspend0 = StateMachineGraph::nodeId(*f, 1);
    const auto back = std::find_if(g.edges.begin(), g.edges.end(),
                                   [&](const GraphEdge& e) { return e.from == suspend0 && e.to == suspend0; });
    ASSERT_NE(back, g.edges.end()) << "Suspend0 -> Suspend0 is drawn";
    EXPECT_EQ(back->label.rfind("loop: ", 0), 0u) << back->label;
}

TEST(SuspensionFlow, StraightLineCodeMovesInSourceOrder) {
    const auto s = sample("rc_across_await.rs");
    for (const FutureInfo& f : s->futures) {
        if (f.name != "main" && f.suspendCount() == 3) {
            EXPECT_EQ(f.transitions, (std::vector<Transition>{{0, 1}, {1, 2}, {2, 3}, {3, 4}})) << f.name;
            return;
        }
    }
    FAIL() << "no future with three awaits in rc_across_await.rs";
}

TEST(SuspensionFlow, EveryStateOfEverySampleIsReachedAndLeft) {
    // A rule check over all samples and both editions: each Suspend state is entered by
    // some move and left by some move, and every future can return.
    for (const auto& entry : std::filesystem::directory_iterator(AWAITSCOPE_SAMPLES)) {
        if (entry.path().extension() != ".rs") continue;
        for (Edition e : {Edition::E2021, Edition::E2024}) {
            const auto s = sample(entry.path().filename().string(), e);
            for (const FutureInfo& f : s->futures) {
                const int returned = f.suspendCount() + 1;
                bool returns = false;
                for (const Transition& t : f.transitions) returns |= t.to == returned;
                EXPECT_TRUE(returns) << entry.path().filename() << " " << f.name;
                for (int state = 1; state < returned; ++state) {
                    bool in = false, out = false;
                    for (const Transition& t : f.transitions) {
                        in |= t.to == state;
                        out |= t.from == state;
                    }
                    EXPECT_TRUE(in && out)
                        << entry.path().filename() << " " << f.name << " state " << state << ":" << movesOf(f);
                }
            }
        }
    }
}
