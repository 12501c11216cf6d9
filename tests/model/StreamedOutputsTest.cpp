// The faster ways of producing two outputs give what the plain ways gave, byte for byte,
// on every sample and corpus file: the streamed JSON report (writeJson, whose futures
// export/JsonWriter writes without a json tree) against the whole report printed at once,
// and the cursor-walk highlighting against the recursive walk it replaced (kept here as the
// reference).
#include "CorpusSupport.h"

#include "analysis/Analyzer.h"
#include "export/JsonReport.h"
#include "syntax/HighlightSpans.h"

#include <gtest/gtest.h>

#include <iomanip>
#include <set>
#include <sstream>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> everyFile() {
    std::vector<fs::path> files;
    for (const fs::path& dir : {fs::path(AWAITSCOPE_SAMPLES), fs::path(AWAITSCOPE_TEST_DATA) / "lowering",
                                fs::path(AWAITSCOPE_TEST_DATA) / "send", fs::path(AWAITSCOPE_TEST_DATA) / "robust"})
        for (const std::string& stem : corpus::cases(dir)) files.push_back(dir / (stem + ".rs"));
    return files;
}

// The highlighting walk as it was written before (HighlightSpans.cpp at 63b53a5).
const std::set<std::string, std::less<>> kKeywords = {"as",     "async",    "break",
                                                      "const",  "continue", "crate",
                                                      "dyn",    "else",     "enum",
                                                      "extern", "fn",       "for",
                                                      "if",     "impl",     "in",
                                                      "let",    "loop",     "match",
                                                      "mod",    "move",     "mut",
                                                      "pub",    "ref",      "return",
                                                      "self",   "static",   "struct",
                                                      "super",  "trait",    "type",
                                                      "union",  "unsafe",   "use",
                                                      "where",  "while",    "true",
                                                      "false",  "Self",     "mutable_specifier"};

std::optional<HighlightCategory> categoryOf(const SyntaxNode& node) {
    const SyntaxKind k = node.kind();
    if (k == SyntaxKind::LineComment || k == SyntaxKind::BlockComment) return HighlightCategory::Comment;
    if (k == SyntaxKind::StringLiteral || k == SyntaxKind::RawStringLiteral || k == SyntaxKind::CharLiteral)
        return HighlightCategory::String;
    if (k == SyntaxKind::Lifetime) return HighlightCategory::Lifetime;
    if (k == SyntaxKind::IntegerLiteral || k == SyntaxKind::FloatLiteral) return HighlightCategory::Number;
    if (k == SyntaxKind::PrimitiveType || k == SyntaxKind::TypeIdentifier) return HighlightCategory::Type;
    if (k == SyntaxKind::AwaitKw) return HighlightCategory::Await;
    if (!node.isNamed() && kKeywords.count(ts_node_type(node.raw()))) return HighlightCategory::Keyword;
    if (k == SyntaxKind::Self || k == SyntaxKind::MutableSpecifier || k == SyntaxKind::BooleanLiteral)
        return HighlightCategory::Keyword;
    return std::nullopt;
}

void addSpan(const SyntaxNode& node, HighlightCategory category, std::vector<HighlightSpan>& out) {
    const SourceFile& file = *node.file();
    TextPosition start = node.start();
    const TextPosition end = node.end();
    while (start.line < end.line) {
        const uint32_t nextLine = file.byteOffsetOf({start.line + 1, 1});
        const int lineChars = file.positionOf(nextLine - 1).column;
        if (lineChars > start.column) out.push_back({start, lineChars - start.column, category});
        start = {start.line + 1, 1};
    }
    if (end.column > start.column) out.push_back({start, end.column - start.column, category});
}

void referenceWalk(const SyntaxNode& node, std::vector<HighlightSpan>& out) {
    if (node.is(SyntaxKind::MacroInvocation)) {
        SyntaxNode name = node.field(SyntaxField::Macro);
        if (name) {
            TextPosition s = name.end();
            addSpan(name, HighlightCategory::Macro, out);
            out.push_back({s, 1, HighlightCategory::Macro});
        }
    }
    if (node.is(SyntaxKind::CallExpression)) {
        SyntaxNode fn = node.field(SyntaxField::Function);
        if (fn.is(SyntaxKind::FieldExpression))
            fn = fn.field(SyntaxField::Field);
        else if (fn.is(SyntaxKind::ScopedIdentifier))
            fn = fn.field(SyntaxField::Name);
        if (fn.is(SyntaxKind::Identifier) || fn.is(SyntaxKind::FieldIdentifier))
            addSpan(fn, HighlightCategory::Function, out);
    }
    if (const auto category = categoryOf(node)) {
        addSpan(node, *category, out);
        if (*category != HighlightCategory::Type && *category != HighlightCategory::Keyword) return;
    }
    for (const SyntaxNode& child : node.children()) referenceWalk(child, out);
}

std::string describe(const std::vector<HighlightSpan>& spans) {
    std::ostringstream s;
    for (const HighlightSpan& h : spans)
        s << h.start.line << ":" << h.start.column << "+" << h.length << " " << static_cast<int>(h.category) << "\n";
    return s.str();
}

} // namespace

TEST(StreamedOutputs, TheStreamedJsonReportIsTheWholeReportByteForByte) {
    const auto files = everyFile();
    ASSERT_GT(files.size(), 100u);
    for (const fs::path& f : files) {
        const auto snapshot = analyze({f.filename().string(), corpus::readText(f)});
        std::ostringstream whole, streamed;
        whole << std::setw(2) << toJson(*snapshot);
        writeJson(streamed, *snapshot);
        EXPECT_EQ(streamed.str(), whole.str()) << f;
    }
}

TEST(StreamedOutputs, AnEmptyReportStreamsAsItPrints) {
    Snapshot empty;
    empty.file = "empty.rs";
    std::ostringstream whole, streamed;
    whole << std::setw(2) << toJson(empty);
    writeJson(streamed, empty);
    EXPECT_EQ(streamed.str(), whole.str());
}

// The command line leaves the editor's highlighting out (AnalysisInput::highlights):
// nothing else of the analysis changes.
TEST(StreamedOutputs, AnAnalysisWithoutHighlightsHasTheSameReport) {
    for (const std::string& stem : corpus::cases(fs::path(AWAITSCOPE_SAMPLES))) {
        const fs::path f = fs::path(AWAITSCOPE_SAMPLES) / (stem + ".rs");
        AnalysisInput input{f.filename().string(), corpus::readText(f)};
        const auto highlighted = analyze(input);
        input.highlights = false;
        const auto plain = analyze(input);
        EXPECT_FALSE(highlighted->highlights.empty()) << f;
        EXPECT_TRUE(plain->highlights.empty()) << f;
        EXPECT_EQ(toJson(*plain).dump(2), toJson(*highlighted).dump(2)) << f;
    }
}

// A large file's passes on two cores (nesting and async items in two halves, the state
// machines beside the Send/Sync marks: AnalysisInput::twoCoreBytes) give the one-core report.
TEST(StreamedOutputs, TheTwoCorePassesGiveTheOneCoreReport) {
    for (const fs::path& f : everyFile()) {
        AnalysisInput input{f.filename().string(), corpus::readText(f)};
        input.highlights = false;
        input.loweringThreads = 1;
        const auto one = analyze(input);
        input.loweringThreads = 0;
        input.twoCoreBytes = 0;
        const auto two = analyze(input);
        EXPECT_EQ(toJson(*two).dump(2), toJson(*one).dump(2)) << f;
    }
}

TEST(StreamedOutputs, HighlightsAreTheRecursiveWalksSpans) {
    for (const fs::path& f : everyFile()) {
        const SyntaxTree tree(std::make_shared<SourceFile>(f.string(), corpus::readText(f)));
        std::vector<HighlightSpan> reference;
        referenceWalk(tree.root(), reference);
        ASSERT_FALSE(reference.empty()) << f;
        EXPECT_EQ(describe(computeHighlights(tree)), describe(reference)) << f;
    }
}
