// SVG export: drawn from the layout, well-formed XML, escaped text, badges.
#include "ExportFixtures.h"
#include "ExportTestSupport.h"
#include "XmlCheck.h"
#include "analysis/Analyzer.h"
#include "export/CodeListingSvg.h"
#include "export/DiagramExporter.h"
#include "export/SvgWriter.h"

using namespace awaitscope;
using namespace awaitscope::testing;

namespace {

std::string exportFixture(const std::string& view, double scale = 1) {
    ExportRequest request;
    request.view = view;
    request.scale = scale;
    const ExportDocument doc = DiagramExporter::run(fixtures::refcellSnapshot(), request);
    EXPECT_TRUE(doc.ok()) << doc.error;
    return doc.data;
}

void expectWellFormed(const std::string& svg, const std::string& name) {
    EXPECT_EQ(xmlProblem(svg), "") << name;
    if (!haveProgram("xmllint")) return;
    const auto file = tempPath(name + ".svg");
    writeFile(file, svg);
    const Outcome r = run("xmllint --noout " + file.string());
    EXPECT_EQ(r.exitCode, 0) << r.output;
    std::filesystem::remove(file);
}

} // namespace

TEST(SvgExport, StateMachineIsWellFormedWithFieldsAndBadges) {
    const std::string svg = exportFixture("states");
    expectWellFormed(svg, "states");
    EXPECT_NE(svg.find("scores: RefMut&lt;&apos;_, HashMap&lt;String, i64&gt;&gt;"), std::string::npos);
    EXPECT_NE(svg.find(">!Send</text>"), std::string::npos);
    EXPECT_NE(svg.find(">Send</text>"), std::string::npos);
    EXPECT_NE(svg.find("Suspend0 \u2014 await at 22:42"), std::string::npos);
    EXPECT_NE(svg.find("font-family=\"DejaVu Sans\""), std::string::npos);
    EXPECT_NE(svg.find("fetch_score: state machine"), std::string::npos) << "the expanded awaitee";
}

TEST(SvgExport, PathIsWellFormedWithItsLeaves) {
    const std::string svg = exportFixture("path");
    expectWellFormed(svg, "path");
    EXPECT_NE(svg.find("tokio::spawn(tally(players)) requires Send"), std::string::npos);
    EXPECT_NE(svg.find("Cell&lt;isize&gt;"), std::string::npos);
}

TEST(SvgExport, CodeListingIsWellFormedAndMonospace) {
    const std::string svg = exportFixture("code");
    expectWellFormed(svg, "code");
    EXPECT_NE(svg.find("enum TallyFuture&lt;"), std::string::npos);
    EXPECT_NE(svg.find("DejaVu Sans Mono"), std::string::npos);
}

TEST(SvgExport, ScaleMultipliesTheDocumentSizeOnly) {
    const std::string one = exportFixture("states"), two = exportFixture("states", 2);
    auto attribute = [](const std::string& svg, const std::string& name) {
        const size_t at = svg.find(" " + name + "=\"") + name.size() + 3;
        return std::stod(svg.substr(at, svg.find('"', at) - at));
    };
    EXPECT_NEAR(attribute(two, "width"), 2 * attribute(one, "width"), 1);
    EXPECT_EQ(one.substr(one.find("viewBox")), two.substr(two.find("viewBox")));
}

TEST(SvgExport, EveryNodeAndEdgeIsDrawn) {
    ExportRequest request;
    request.expandAwaitees = false;
    std::string error;
    const auto graph = DiagramExporter::diagram(fixtures::refcellSnapshot(), request, error);
    ASSERT_TRUE(graph);
    const LayoutResult laid = GraphLayouter().layout(*graph);
    ASSERT_TRUE(laid.ok());
    const std::string svg = SvgWriter::write(laid.graph);
    size_t paths = 0;
    for (size_t at = svg.find("<path "); at != std::string::npos; at = svg.find("<path ", at + 1)) ++paths;
    EXPECT_EQ(paths, graph->edges.size());
    for (const GraphNode& n : graph->nodes) EXPECT_NE(svg.find(SvgWriter::escape(n.title)), std::string::npos);
}

TEST(SvgExport, ChoosingAFutureOrDiagnosticExplainsMistakes) {
    const Snapshot s = fixtures::refcellSnapshot();
    std::string error;
    EXPECT_EQ(DiagramExporter::chooseFuture(s, "nope", error), nullptr);
    EXPECT_EQ(error, "no future named 'nope' in samples/refcell_guard.rs; its futures are: fetch_score, tally");
    EXPECT_EQ(DiagramExporter::chooseFuture(s, "", error)->name, "tally") << "the one the diagnostic is about";
    ExportRequest request;
    request.diagnostic = 3;
    EXPECT_EQ(DiagramExporter::chooseDiagnostic(s, request, error), nullptr);
    EXPECT_NE(error.find("has 1 diagnostic(s)"), std::string::npos);
    Snapshot clean = s;
    clean.diagnostics.clear();
    request.diagnostic.reset();
    EXPECT_EQ(DiagramExporter::chooseDiagnostic(clean, request, error), nullptr);
    EXPECT_NE(error.find("--view path needs a diagnostic"), std::string::npos);
    request.view = "code";
    request.format = "dot";
    EXPECT_NE(DiagramExporter::run(s, request).error.find("--view code is a text listing"), std::string::npos);
}

TEST(SvgExport, NoTextUnderTenPixelsInTheStateGraphOfTally) {
    // The window check: the exported state graph of refcell_guard's `tally`, drawn at
    // scale 1 (1 SVG unit = 1 px), has no text smaller than 10 px.
    const std::string path = std::string(AWAITSCOPE_SAMPLES) + "/refcell_guard.rs";
    const auto snapshot = analyze({"samples/refcell_guard.rs", readFile(path), Edition::E2021, nullptr});
    for (const std::string view : {"states", "path", "code"}) {
        ExportRequest request;
        request.future = "tally";
        request.view = view;
        const ExportDocument doc = DiagramExporter::run(*snapshot, request);
        ASSERT_TRUE(doc.ok()) << doc.error;
        int sizes = 0;
        const std::string key = "font-size=\"";
        for (size_t at = doc.data.find(key); at != std::string::npos; at = doc.data.find(key, at + 1)) {
            const double size = std::stod(doc.data.substr(at + key.size()));
            EXPECT_GE(size, 10.0) << view << ": " << doc.data.substr(at, 40);
            ++sizes;
        }
        EXPECT_GT(sizes, 0) << view;
    }
}
