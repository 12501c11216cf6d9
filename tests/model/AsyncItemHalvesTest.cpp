// The async-item collector on two threads (a file's items in two halves, each with its own
// collector) finds what one walk finds: the same items, names, positions, kinds, rustc
// names and suspension points, in the same order, on every sample and lowering case.
#include "hir/AsyncItemCollector.h"
#include "syntax/MacroArguments.h"
#include "syntax/SyntaxTree.h"

#include "CorpusSupport.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

std::string describe(const std::vector<AsyncItem>& items) {
    std::string out;
    for (const AsyncItem& item : items) {
        out += item.id.text() + " " + item.name + " " + toString(item.position) + " " +
               std::to_string(static_cast<int>(item.kind)) + " " + item.selfType + " " + (item.isMove ? "move " : "") +
               item.rustcPath.value_or("-") + " " + std::to_string(item.node.startByte()) + "\n";
        for (const SuspensionPoint& s : item.suspensions)
            out += "  " + std::to_string(static_cast<int>(s.kind)) + " " + toString(s.keyword) + " " +
                   std::to_string(s.node.startByte()) + "\n";
    }
    return out;
}

std::string collected(const std::string& text, bool twoThreads) {
    const auto file = std::make_shared<SourceFile>("t.rs", text);
    SyntaxTree tree(file);
    MacroArguments macros(*file);
    return describe(AsyncItemCollector(macros).collect(tree.root(), twoThreads));
}

int compareFolder(const std::string& folder) {
    int compared = 0;
    for (const std::string& name : corpus::cases(folder)) {
        const std::string text = corpus::readText(fs::path(folder) / (name + ".rs"));
        EXPECT_EQ(collected(text, false), collected(text, true)) << name;
        ++compared;
    }
    return compared;
}

} // namespace

TEST(AsyncItemHalves, ItemsBeforeAndAfterTheMiddleKeepTheirOrderAndAttributes) {
    const std::string text = "#[derive(Debug)]\nstruct S;\nasync fn a() { b().await; }\n"
                             "impl S { async fn m(&self) { async {}.await; } }\n"
                             "// between\n#[tokio::main]\nasync fn main() { let _ = async move { a().await }; }\n"
                             "async fn b() { println!(\"{}\", c().await); }\nasync fn c() -> u8 { 1 }\n";
    EXPECT_EQ(collected(text, false), collected(text, true));
    EXPECT_NE(collected(text, true).find("main"), std::string::npos);
}

TEST(AsyncItemHalves, EverySampleAndLoweringCaseFindsTheSameItems) {
    EXPECT_GT(compareFolder(AWAITSCOPE_SAMPLES), 3);
    EXPECT_GT(compareFolder(std::string(AWAITSCOPE_TEST_DATA) + "/lowering"), 100);
}
