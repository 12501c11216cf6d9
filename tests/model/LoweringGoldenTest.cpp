// Golden files of the lowered form (expect-test style): for every file of the lowering
// corpus, the text dump of each future's locals, CFG, drop flags and saved locals is
// compared with tests/data/lowering/NAME.lowered.txt. A difference fails with the first
// differing line; UPDATE_GOLDEN=1 rewrites the files, and the diff is then reviewed like
// code. These files say what Awaitscope does, not what rustc does: rustc's answer is in
// NAME.expected.json (LoweringCorpusTest).
#include "CorpusSupport.h"

#include "data/Snapshot.h"
#include "hir/AsyncItemCollector.h"
#include "lowering/BodyLowerer.h"
#include "lowering/FileLowering.h"
#include "lowering/LoweringDump.h"
#include "macros/BodyMacroExpander.h"
#include "project/CfgStripper.h"
#include "project/PreludeMacroScope.h"
#include "syntax/MacroArguments.h"
#include "syntax/SyntaxTree.h"
#include "types/TypeContext.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <memory>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(AWAITSCOPE_TEST_DATA) / "lowering";

// The passes as analysis/Analyzer.cpp runs them, up to the lowering, with the bodies
// lowered on `threads` threads.
std::string lowerAndDump(const std::string& name, const std::string& text, Edition edition, int threads = 1) {
    auto file = std::make_shared<SourceFile>(name, text);
    if (auto configured = CfgStripper::strip(SyntaxTree(file), CfgSet::host()))
        file = std::make_shared<SourceFile>(name, std::move(*configured));
    SyntaxTree tree(file);
    MacroArguments macros(*file);
    const PreludeMacroScope preludeMacros(tree.root());
    BodyMacroExpander expander(tree.root(), preludeMacros.resolver(), BodyLowerer::describesByHand);
    macros.setExpansions(&expander);
    const std::vector<AsyncItem> items = AsyncItemCollector(macros).collect(tree.root());
    TypeContext types(tree, macros);
    LoweringEnvironment env{types, macros, edition, {}, {}, {}};
    FileLowering lowering(env, items, nullptr, nullptr, threads);
    return LoweringDump::write(lowering, types);
}

// "line N: expected `...`, got `...`" for the first difference, or "".
std::string firstDifference(const std::string& expected, const std::string& actual) {
    std::istringstream a(expected), b(actual);
    std::string x, y;
    for (int line = 1;; ++line) {
        const bool moreA = static_cast<bool>(std::getline(a, x)), moreB = static_cast<bool>(std::getline(b, y));
        if (!moreA && !moreB) return "";
        if (!moreA || !moreB || x != y)
            return "line " + std::to_string(line) + ": expected `" + (moreA ? x : "<end>") + "`, got `" +
                   (moreB ? y : "<end>") + "`";
    }
}

class LoweringGolden : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(LoweringGolden, DumpMatchesTheGoldenFile) {
    const std::string name = GetParam();
    const auto expected = nlohmann::json::parse(corpus::readText(kCorpus / (name + ".expected.json")));
    const Edition edition = parseEdition(expected["edition"].get<std::string>()).value_or(Edition::E2021);
    const std::string dump = lowerAndDump(name + ".rs", corpus::readText(kCorpus / (name + ".rs")), edition);
    ASSERT_NE(dump.find("future "), std::string::npos) << name << ": no future lowered";
    const fs::path golden = kCorpus / (name + ".lowered.txt");
    if (std::getenv("UPDATE_GOLDEN")) {
        std::ofstream(golden, std::ios::binary) << dump;
        GTEST_SKIP() << "rewrote " << golden;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing: run with UPDATE_GOLDEN=1 and review it";
    const std::string difference = firstDifference(corpus::readText(golden), dump);
    EXPECT_EQ(difference, "") << golden << " differs; if the change is intended, rerun with UPDATE_GOLDEN=1 "
                              << "and review the diff";
    // The file's bodies lowered on three threads (FileLowering's groups) give the same dump.
    const std::string parallel = lowerAndDump(name + ".rs", corpus::readText(kCorpus / (name + ".rs")), edition, 3);
    EXPECT_EQ(firstDifference(dump, parallel), "") << name << ": lowered on three threads";
}

INSTANTIATE_TEST_SUITE_P(Corpus, LoweringGolden, ::testing::ValuesIn(corpus::cases(kCorpus)),
                         [](const auto& info) { return info.param; });

TEST(LoweringGoldenSummary, EveryCorpusFileHasAGoldenFile) {
    for (const std::string& name : corpus::cases(kCorpus))
        EXPECT_TRUE(fs::exists(kCorpus / (name + ".lowered.txt"))) << name;
}
