// Every fix the analysis offers must work on the analysis's own terms: for each
// diagnostic (future-not-send, not-static, ...) of every sample and every file of the Send corpus, each
// offered fix is applied, the text analysed again, and the diagnostic at that site must be
// gone with no parse error introduced. (Whether rustc agrees is checked, at dev time, by
// tests/tools/check_fixes_with_rustc.sh; see tests/data/fixes/rustc-check.txt.)
#include "analysis/Analyzer.h"
#include "diagnostics/FixApplier.h"

#include "CorpusSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

using corpus::readText;

std::vector<fs::path> fixtureFiles() {
    std::vector<fs::path> files;
    for (const fs::path& dir : {fs::path(AWAITSCOPE_SAMPLES), fs::path(AWAITSCOPE_TEST_DATA) / "send"})
        for (const auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".rs") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

// Files state their edition in a first line `// edition: 2024`, as the corpus README says.
Edition editionOf(const std::string& text) {
    return text.rfind("// edition: 2024", 0) == 0 ? Edition::E2024 : Edition::E2021;
}

std::string show(TextPosition p) {
    return std::to_string(p.line) + ":" + std::to_string(p.column);
}

/// Applies one fix and returns what is wrong with the result ("" when nothing is).
std::string checkFix(const std::string& name, const std::string& text, Edition edition, const Diagnostic& d,
                     const Fix& fix) {
    const FixApplier applier(text);
    const AppliedFix applied = applier.apply(fix);
    if (!applied.ok()) return applied.error;
    const auto after = analyze({name, applied.text, edition});
    std::string problems;
    for (const ParseError& e : after->parseErrors)
        problems += "parse error at " + show(e.position) + ": " + e.message + "; ";
    const TextPosition site = applier.mapPosition(fix, d.range.start);
    for (const Diagnostic& other : after->diagnostics)
        if (other.code == d.code && other.range.start == site)
            problems += "still " + d.code + " at " + show(site) + ": " + other.message + "; ";
    return problems;
}

} // namespace

TEST(FixApplier, AppliesEditsFromLastToFirstInCharacterColumns) {
    const FixApplier applier("let é = Rc::new(1);\nlet b = Rc::clone(&é);\n");
    const Fix fix{"arc", {{{{1, 9}, {1, 11}}, "Arc"}, {{{2, 9}, {2, 11}}, "Arc"}}};
    const AppliedFix result = applier.apply(fix);
    ASSERT_TRUE(result.ok()) << result.error;
    EXPECT_EQ(result.text, "let é = Arc::new(1);\nlet b = Arc::clone(&é);\n");
    EXPECT_EQ(applier.mapPosition(fix, {1, 13}), (TextPosition{1, 14}));
    EXPECT_EQ(applier.mapPosition(fix, {1, 10}), (TextPosition{1, 9})); // inside an edit: its start
    EXPECT_EQ(applier.mapPosition(fix, {2, 1}), (TextPosition{2, 1}));
}

TEST(FixApplier, RejectsPositionsOutsideTheTextAndOverlaps) {
    const FixApplier applier("ab\ncd\n");
    EXPECT_FALSE(applier.apply({"", {{{{1, 1}, {1, 5}}, "x"}}}).ok());
    EXPECT_FALSE(applier.apply({"", {{{{4, 1}, {4, 1}}, "x"}}}).ok());
    EXPECT_FALSE(applier.apply({"", {{{{1, 1}, {1, 3}}, "x"}, {{{1, 2}, {2, 1}}, "y"}}}).ok());
    EXPECT_TRUE(applier.apply({"", {{{{1, 3}, {2, 1}}, " "}}}).ok()); // the newline itself
}

TEST(Fixes, EveryOfferedFixRemovesItsDiagnosticAndKeepsTheTextParsing) {
    int offered = 0;
    for (const fs::path& path : fixtureFiles()) {
        const std::string text = readText(path);
        const std::string name = path.filename().string();
        const Edition edition = editionOf(text);
        const auto before = analyze({name, text, edition});
        ASSERT_TRUE(before->parseErrors.empty()) << name << " does not parse";
        for (const Diagnostic& d : before->diagnostics) {
            for (const Fix& fix : d.fixes) {
                ++offered;
                EXPECT_EQ(checkFix(name, text, edition, d, fix), "")
                    << name << " " << show(d.range.start) << ": fix \"" << fix.title << "\"";
            }
        }
    }
    EXPECT_GT(offered, 0) << "no fix offered anywhere: the test checks nothing";
}
