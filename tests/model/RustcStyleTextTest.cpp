// `analyze --format text` prints diagnostics as rustc does: `error[code]: message`, a
// ` --> file:line:col` arrow, the source line with carets under the span, and `= note:`
// lines; the carets sit under the reported columns.
#include "ExportTestSupport.h"
#include "analysis/Analyzer.h"
#include "export/TextReport.h"

#include <algorithm>
#include <sstream>

using namespace awaitscope;
using namespace awaitscope::testing;

namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

} // namespace

TEST(RustcStyleText, EveryDiagnosticHasAHeaderAnArrowAndCaretsUnderItsSpan) {
    const std::string path = std::string(AWAITSCOPE_SAMPLES) + "/refcell_guard.rs";
    const std::string source = readFile(path);
    const auto snapshot = analyze({"samples/refcell_guard.rs", source, Edition::E2021, nullptr});
    ASSERT_FALSE(snapshot->diagnostics.empty());
    const std::vector<std::string> out = linesOf(textReport(*snapshot));
    const std::vector<std::string> src = linesOf(source);
    for (const Diagnostic& d : snapshot->diagnostics) {
        const std::string header = d.severity + "[" + d.code + "]: " + d.message;
        const auto at = std::find(out.begin(), out.end(), header);
        ASSERT_NE(at, out.end()) << header;
        const std::string arrow = "--> samples/refcell_guard.rs:" + std::to_string(d.range.start.line) + ":" +
                                  std::to_string(d.range.start.column);
        ASSERT_LT(at + 4, out.end());
        EXPECT_NE(at[1].find(arrow), std::string::npos) << at[1];
        EXPECT_EQ(at[1].find("-->") + 1, at[2].find('|')) << "the arrow and the gutter line up";
        // "NN | <source line>", then the carets under the span's first column.
        const std::string number = std::to_string(d.range.start.line);
        EXPECT_NE(at[3].find(number + " | " + src[d.range.start.line - 1]), std::string::npos) << at[3];
        const size_t bar = at[4].find(" | ");
        ASSERT_NE(bar, std::string::npos);
        EXPECT_EQ(at[4].find('^'), bar + 3 + static_cast<size_t>(d.range.start.column - 1)) << at[4];
    }
    bool note = false;
    for (const std::string& l : out) note |= l.find(" = note: ") != std::string::npos;
    EXPECT_TRUE(note);
}

TEST(RustcStyleText, ParseErrorsPointAtTheirPosition) {
    const auto snapshot = analyze({"broken.rs", "async fn f() {\n    let x = ;\n}\n", Edition::E2021, nullptr});
    const std::string text = textReport(*snapshot);
    ASSERT_FALSE(snapshot->parseErrors.empty());
    const TextPosition p = snapshot->parseErrors[0].position;
    EXPECT_NE(text.find("--> broken.rs:" + std::to_string(p.line) + ":" + std::to_string(p.column)), std::string::npos)
        << text;
    EXPECT_NE(text.find("error["), std::string::npos) << text;
}
