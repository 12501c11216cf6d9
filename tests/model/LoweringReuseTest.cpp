// The lowering cache (lowering/LoweringReuse) changes nothing but the time: after edits of
// every kind (typing inside a body, in a signature, between items, a new line, a brace that
// breaks the rest of the file) the lowering that took units from the previous one equals a
// fresh lowering, and the window's analysis equals a fresh analysis, report for report; a
// body whose text did not change is lowered again when a signature it uses changed.
#include "lowering/LoweringReuse.h"
#include "analysis/Analyzer.h"
#include "export/JsonReport.h"
#include "export/TextReport.h"
#include "hir/AsyncItemCollector.h"
#include "lowering/BodyLowerer.h"
#include "lowering/FileLowering.h"
#include "lowering/LoweringCache.h"
#include "lowering/LoweringDump.h"
#include "lowering/LoweringUnits.h"
#include "macros/BodyMacroExpander.h"
#include "project/PreludeMacroScope.h"
#include "syntax/MacroArguments.h"
#include "syntax/SyntaxTree.h"
#include "types/CrateScope.h"
#include "types/TypeContext.h"

#include "CorpusSupport.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <memory>
#include <sstream>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

using corpus::readText;

std::vector<fs::path> rustFilesIn(const fs::path& folder) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".rs") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

/// Each call of a lowered body: its range and where its callee is (the only byte offsets a
/// lowered body holds).
std::string describeCalls(const LoweredBody& body) {
    std::string out;
    for (const CallSite& c : body.calls)
        out += toString(c.range.start) + " " + c.callee.path + " " + c.callee.definitionFile + "@" +
               std::to_string(c.callee.definitionByte) + "\n";
    return out;
}

/// The passes as analysis/Analyzer.cpp runs them up to the lowering, with `cache` (or a
/// fresh lowering without): the lowering dump, the plain bodies and every call.
std::string lowerAndDescribe(const std::string& text, LoweringCache* cache) {
    auto file = std::make_shared<SourceFile>("edited.rs", text);
    SyntaxTree tree(file);
    MacroArguments macros(*file);
    const PreludeMacroScope preludeMacros(tree.root());
    BodyMacroExpander expander(tree.root(), preludeMacros.resolver(), BodyLowerer::describesByHand);
    macros.setExpansions(&expander);
    const std::vector<AsyncItem> items = AsyncItemCollector(macros).collect(tree.root());
    TypeContext types(tree, macros, CrateScope{}, items);
    LoweringEnvironment env{types, macros, Edition::E2021, {}, {}, {}};
    const LoweringUnits units(tree, items, Edition::E2021);
    LoweringReuse reuse(cache ? *cache : LoweringCache::shared(), file->path(), units);
    FileLowering lowering(env, items, nullptr, cache ? &reuse : nullptr);
    std::string out = LoweringDump::write(lowering, types);
    for (const LoweredFuture& f : lowering.futures()) out += describeCalls(f.body);
    for (size_t i = 0; i < lowering.plainBodies().size(); ++i)
        out += "plain fn at byte " + std::to_string(lowering.plainBodyStarts()[i]) + "\n" +
               describeCalls(lowering.plainBodies()[i]) + toString(lowering.plainBodies()[i].returnTypeRange.start) +
               "\n";
    return out;
}

/// The text with `inserted` put at `at` and `removed` bytes taken out there.
std::string edited(const std::string& text, size_t at, size_t removed, const std::string& inserted) {
    return text.substr(0, at) + inserted + text.substr(std::min(text.size(), at + removed));
}

/// Texts a person editing `text` goes through, `places` places spread over the file: a
/// space, a letter, three bytes deleted, a new line, a brace that breaks the rest of the
/// file; each followed by the original again.
std::vector<std::string> editsOf(const std::string& text, size_t places) {
    std::vector<std::string> texts{text};
    for (size_t k = 1; k <= places; ++k) {
        const size_t at = text.size() * k / (places + 1);
        for (const std::string& e : {edited(text, at, 0, " "), edited(text, at, 0, "x"), edited(text, at, 3, ""),
                                     edited(text, at, 0, "\n"), edited(text, at, 0, "{")}) {
            texts.push_back(e);
            texts.push_back(text);
        }
    }
    return texts;
}

/// Lowers each text in turn with one cache and compares it with a fresh lowering; returns
/// how many units were taken from the lowering before.
int expectFreshLowerings(const std::vector<std::string>& texts, const std::string& name) {
    LoweringCache cache;
    int reused = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
        EXPECT_EQ(lowerAndDescribe(texts[i], &cache), lowerAndDescribe(texts[i], nullptr)) << name << ", text " << i;
        reused += cache.lastCounts("edited.rs").reused;
    }
    return reused;
}

std::string reports(const std::string& path, const std::string& text, bool reusePrevious) {
    AnalysisInput input{path, text};
    input.reusePrevious = reusePrevious;
    const auto snapshot = analyze(input);
    return toJson(*snapshot).dump(1) + "\n" + textReport(*snapshot);
}

} // namespace

TEST(LoweringReuse, EditsInEverySampleAndCorpusFileLowerAsFreshly) {
    std::vector<fs::path> files = rustFilesIn(AWAITSCOPE_SAMPLES);
    for (const fs::path& f : rustFilesIn(fs::path(AWAITSCOPE_TEST_DATA) / "lowering")) files.push_back(f);
    ASSERT_GT(files.size(), 50u);
    int reused = 0;
    for (const fs::path& f : files) reused += expectFreshLowerings(editsOf(readText(f), 4), f.filename().string());
    EXPECT_GT(reused, 500); // the comparisons are about lowerings that did take units
}

TEST(LoweringReuse, AnalysingAfterEditsGivesTheFreshReports) {
    int files = 0;
    for (const fs::path& f : rustFilesIn(AWAITSCOPE_SAMPLES)) {
        const std::string path = "reuse-test/" + f.filename().string();
        const std::vector<std::string> texts = editsOf(readText(f), 3);
        for (size_t i = 0; i < texts.size(); ++i)
            ASSERT_EQ(reports(path, texts[i], true), reports(path, texts[i], false)) << f.filename() << ", text " << i;
        ++files;
    }
    EXPECT_GT(files, 10);
}

TEST(LoweringReuse, TypingInOneBodyLowersThatBodyAlone) {
    const std::string text = readText(fs::path(AWAITSCOPE_SAMPLES) / "join_select.rs");
    const std::string path = "reuse-test/typing.rs";
    reports(path, text, true);
    const size_t inBody = text.find(".await");
    ASSERT_NE(inBody, std::string::npos);
    const std::string typed = edited(text, inBody, 0, " ");
    ASSERT_EQ(reports(path, typed, true), reports(path, typed, false));
    const LoweringCache::Counts counts = LoweringCache::shared().lastCounts(path);
    EXPECT_GT(counts.total, 2);
    EXPECT_EQ(counts.reused, counts.total - 1);
}

TEST(LoweringReuse, ASignatureEditLowersTheBodiesThatUseItAgain) {
    // `hold`'s text stays the same; what it saves across the await changes with `shared`'s
    // return type, and with it whether its future is Send.
    const std::string before = "use std::rc::Rc;\n"
                               "fn shared() -> Rc<u8> { todo!() }\n"
                               "async fn tick() {}\n"
                               "async fn hold() {\n"
                               "    let value = shared();\n"
                               "    tick().await;\n"
                               "    drop(value);\n"
                               "}\n"
                               "fn main() { tokio::spawn(hold()); }\n";
    const std::string after = edited(before, before.find("Rc<u8> {"), 6, "u8");
    ASSERT_NE(after.find("fn shared() -> u8 {"), std::string::npos);
    const std::string path = "reuse-test/signature.rs";
    const std::string beforeReports = reports(path, before, true);
    const std::string afterReports = reports(path, after, true);
    EXPECT_EQ(afterReports, reports(path, after, false));
    EXPECT_NE(afterReports, beforeReports);
    EXPECT_NE(beforeReports.find("Rc<u8>"), std::string::npos);
    EXPECT_LT(LoweringCache::shared().lastCounts(path).reused, LoweringCache::shared().lastCounts(path).total);
}
