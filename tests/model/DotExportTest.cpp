// DOT export: goldens, and Graphviz's own `dot` accepts what we write.
#include "ExportFixtures.h"
#include "ExportTestSupport.h"
#include "analysis/Analyzer.h"
#include "export/DiagramExporter.h"
#include "export/DotWriter.h"
#include "graph/PropagationPathGraph.h"
#include "graph/StateMachineGraph.h"

#include <unistd.h>

using namespace awaitscope;
using namespace awaitscope::testing;

namespace {

const std::filesystem::path kGoldens = std::filesystem::path(AWAITSCOPE_TEST_DATA) / "export";

std::string sampleDot(const std::string& sample, const std::string& view = "states") {
    const std::string path = std::string(AWAITSCOPE_SAMPLES) + "/" + sample + ".rs";
    auto snapshot = analyze({"samples/" + sample + ".rs", readFile(path), Edition::E2021, nullptr});
    ExportRequest request;
    request.format = "dot";
    request.view = view;
    const ExportDocument doc = DiagramExporter::run(*snapshot, request);
    EXPECT_TRUE(doc.ok()) << doc.error;
    return doc.data;
}

std::string fixtureStatesDot() {
    const Snapshot s = fixtures::refcellSnapshot();
    StateMachineGraph::Options options;
    options.expandAwaitees = true;
    return DotWriter::write(StateMachineGraph(s.futures, options).build(s.futures[1]));
}

std::string fixturePathDot() {
    const Snapshot s = fixtures::refcellSnapshot();
    return DotWriter::write(PropagationPathGraph(&s).build(s.diagnostics[0]));
}

void expectDotAccepts(const std::string& dot, const std::string& name) {
    if (!haveProgram("dot")) GTEST_SKIP() << "graphviz's dot is not installed";
    const auto file = tempPath(name + ".dot");
    writeFile(file, dot);
    const Outcome r = run("dot -Tsvg " + file.string() + " -o /dev/null");
    EXPECT_EQ(r.exitCode, 0) << r.output;
    EXPECT_EQ(r.output, "") << "dot warned: " << r.output;
    std::filesystem::remove(file);
}

} // namespace

TEST(DotExport, GoldenForTheFixtureStateMachine) {
    expectGolden(fixtureStatesDot(), kGoldens / "tally.states.dot");
}
TEST(DotExport, GoldenForTheFixturePath) {
    expectGolden(fixturePathDot(), kGoldens / "tally.path.dot");
}

// Real analyses: these change when the lowering learns more; review, then UPDATE_GOLDEN=1.
TEST(DotExport, GoldenForRefcellGuard) {
    expectGolden(sampleDot("refcell_guard"), kGoldens / "refcell_guard.states.dot");
}
TEST(DotExport, GoldenForNestedChain) {
    expectGolden(sampleDot("nested_chain"), kGoldens / "nested_chain.states.dot");
}
TEST(DotExport, GoldenForLoopBackEdge) {
    expectGolden(sampleDot("loop_back_edge"), kGoldens / "loop_back_edge.states.dot");
}

TEST(DotExport, TypeNamesAreEscapedNotMarkup) {
    const std::string dot = fixtureStatesDot();
    EXPECT_NE(dot.find("scores: RefMut&lt;'_, HashMap&lt;String, i64&gt;&gt;"), std::string::npos);
    EXPECT_EQ(dot.find("RefMut<'_"), std::string::npos);
}

TEST(DotExport, DotAcceptsTheFixtureGraphs) {
    expectDotAccepts(fixtureStatesDot(), "states");
    expectDotAccepts(fixturePathDot(), "path");
}

TEST(DotExport, DotAcceptsEverySample) {
    for (const auto& entry : std::filesystem::directory_iterator(AWAITSCOPE_SAMPLES)) {
        if (entry.path().extension() != ".rs") continue;
        expectDotAccepts(sampleDot(entry.path().stem().string()), entry.path().stem().string());
    }
}

TEST(DotExport, QuotingEscapesQuotesAndBackslashes) {
    EXPECT_EQ(DotWriter::quote("a\"b\\c"), "\"a\\\"b\\\\c\"");
}
