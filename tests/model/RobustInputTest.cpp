// Issue 18: unusual but valid (or nearly valid) input never crashes the analysis nor the
// writers. Deep nesting is analysed up to kMaxNestingDepth and refused beyond it with a
// position; UTF-8 is checked as the standard defines it; shortened text never splits a
// character; every file in tests/data/robust (inputs that once crashed, some found by the
// fuzzers of tests/fuzz) analyses and its reports are written.
#include "analysis/AnalysisOutcome.h"
#include "export/DiagramExporter.h"
#include "export/JsonReport.h"
#include "export/TextReport.h"
#include "graph/GraphText.h"
#include "syntax/NestingDepth.h"
#include "util/FileLoader.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

std::string repeat(const std::string& s, int n) {
    std::string out;
    out.reserve(s.size() * n);
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

AnalysisOutcome analyzeText(const std::string& text) {
    return analyzeOrRefuse({"robust.rs", text, Edition::E2021, nullptr});
}

/// Every writer the command line has, on one snapshot; each must give valid UTF-8.
void writeEverything(const Snapshot& s) {
    const std::string json = toJson(s).dump(2); // throws on invalid UTF-8
    EXPECT_TRUE(nlohmann::json::accept(json));
    EXPECT_EQ(firstInvalidUtf8(textReport(s)), std::string::npos);
    EXPECT_EQ(firstInvalidUtf8(markdownReport(s)), std::string::npos);
    for (const char* view : {"states", "path", "code"})
        for (const char* format : {"dot", "svg"}) {
            ExportRequest request;
            request.view = view;
            request.format = format;
            const ExportDocument d = DiagramExporter::run(s, request);
            if (d.ok()) {
                EXPECT_EQ(firstInvalidUtf8(d.data), std::string::npos) << view << " " << format;
            }
        }
}

std::string bytes(std::initializer_list<unsigned char> list) {
    return std::string(list.begin(), list.end());
}

} // namespace

TEST(RobustInput, Utf8IsCheckedAsTheStandardDefinesIt) {
    EXPECT_EQ(firstInvalidUtf8("plain ascii"), std::string::npos);
    EXPECT_EQ(firstInvalidUtf8("é € 𝄞 \U0010FFFF"), std::string::npos);
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0xC0, 0x80})), 2u);             // overlong NUL
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0xC1, 0xBF})), 2u);             // overlong
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0xE0, 0x80, 0x80})), 2u);       // overlong 3 bytes
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0xF0, 0x80, 0x80, 0x80})), 2u); // overlong 4 bytes
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0xED, 0xA0, 0x80})), 2u);       // surrogate D800
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0xED, 0xBF, 0xBF})), 2u);       // surrogate DFFF
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0xF4, 0x90, 0x80, 0x80})), 2u); // U+110000
    for (unsigned char lead : {0xF5, 0xF6, 0xF7, 0xF8, 0xFF})
        EXPECT_EQ(firstInvalidUtf8("ok" + bytes({lead, 0x80, 0x80, 0x80})), 2u) << int(lead);
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0xE2, 0x82})), 2u); // cut at the end
    EXPECT_EQ(firstInvalidUtf8("ok" + bytes({0x80})), 2u);       // stray continuation
}

TEST(RobustInput, TheMessageNamesLineAndColumnOfTheFirstBadByte) {
    const std::string text = "fn main() {\n    let s = \"é " + bytes({0xED, 0xA0, 0x80}) + "\";\n}\n";
    const std::string problem = checkSourceText(text);
    EXPECT_NE(problem.find("not valid UTF-8"), std::string::npos) << problem;
    EXPECT_NE(problem.find("line 2, column 16"), std::string::npos) << problem;
}

TEST(RobustInput, TheAnalysisRefusesInvalidTextItIsGivenDirectly) {
    const auto s = analyzeText("fn main() { let s = \"" + bytes({0xC0, 0x80}) + "\"; }\n");
    EXPECT_NE(s.refusal.find("not valid UTF-8"), std::string::npos);
    EXPECT_TRUE(s.snapshot->futures.empty());
    ASSERT_EQ(s.snapshot->parseErrors.size(), 1u); // what the window shows
    EXPECT_EQ(s.snapshot->parseErrors[0].message, "not analysed: " + s.refusal);
}

TEST(RobustInput, ASyntaxErrorSnippetIsCutBetweenCharacters) {
    // 40 bytes end inside the é: the snippet must stop before it, and the report be valid.
    const auto s = analyzeText("fn main() {}\n$" + std::string(38, 'x') + "é\n").snapshot;
    ASSERT_FALSE(s->parseErrors.empty());
    for (const ParseError& e : s->parseErrors) EXPECT_EQ(firstInvalidUtf8(e.message), std::string::npos);
    writeEverything(*s);
}

TEST(RobustInput, ControlCharactersNeverReachTheMarkup) {
    EXPECT_EQ(escapeMarkup(std::string("a\x01<b>\x1f&\"c"), Markup::Svg), "a &lt;b&gt; &amp;&quot;c");
    EXPECT_EQ(escapeMarkup("Vec<&'a str>", Markup::GraphvizHtml), "Vec&lt;&amp;'a str&gt;");
}

TEST(RobustInput, TenThousandNestedBlocksAreAnalysed) {
    const auto s = analyzeText("fn main() " + repeat("{", 10000) + repeat("}", 10000) + "\n");
    EXPECT_EQ(s.refusal, "");
    EXPECT_TRUE(s.snapshot->parseErrors.empty());
}

TEST(RobustInput, TwentyThousandNestedParenthesesAreAnalysed) {
    const auto s = analyzeText("async fn f() -> u32 { let x = " + repeat("(", 20000) + "1" + repeat(")", 20000) +
                               "; g().await; x }\nasync fn g() {}\n");
    EXPECT_EQ(s.refusal, "");
    ASSERT_EQ(s.snapshot->futures.size(), 2u);
    writeEverything(*s.snapshot);
}

TEST(RobustInput, DeepNestedAsyncBlocksAndGenericsAreAnalysed) {
    std::string blocks = "async fn step() -> u32 { 1 }\nfn main() { let _f = ";
    // Small enough for a unit test: the costs that grow faster than the nesting are
    // measured by tests/tools/check_hostile_inputs.sh (2,000 blocks, 5,000 generics).
    for (int i = 0; i < 60; ++i) blocks += "async move { let _a = step().await; ";
    blocks += "1u32 " + repeat("}.await; ", 59) + "}; }\n";
    const auto s = analyzeText(blocks);
    EXPECT_EQ(s.refusal, "");
    EXPECT_EQ(s.snapshot->futures.size(), 61u);
    const auto g = analyzeText("async fn step() {}\nasync fn f() { let v: " + repeat("Vec<", 150) + "u8" +
                               repeat(">", 150) + " = Vec::new(); step().await; drop(v); }\n");
    EXPECT_EQ(g.refusal, "");
    writeEverything(*g.snapshot);
}

TEST(RobustInput, NestingDeeperThanTheBoundIsRefusedWithItsPosition) {
    const int depth = kMaxNestingDepth + 10;
    const auto s = analyzeText("fn main() {\n    let x = " + repeat("(", depth) + "1" + repeat(")", depth) + ";\n}\n");
    // The first node past the bound: the tree has a few levels above the parentheses.
    EXPECT_EQ(s.refusal.rfind("nesting deeper than " + std::to_string(kMaxNestingDepth) + " at 2:", 0), 0u)
        << s.refusal;
    EXPECT_TRUE(s.snapshot->futures.empty());
    ASSERT_EQ(s.snapshot->parseErrors.size(), 1u);
    EXPECT_EQ(s.snapshot->parseErrors[0].position.line, 2);
}

TEST(RobustInput, EveryKeptInputAnalysesAndIsWritten) {
    const fs::path dir = fs::path(AWAITSCOPE_TEST_DATA) / "robust";
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".rs") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        SCOPED_TRACE(entry.path().filename().string());
        const auto s = analyzeText(buffer.str());
        if (s.refusal.empty()) writeEverything(*s.snapshot);
        ++files;
    }
    EXPECT_GT(files, 0);
}
