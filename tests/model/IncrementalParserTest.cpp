// syntax/IncrementalParser gives the tree a fresh parse gives, after edits of every kind:
// typing and deleting inside bodies, breaking the syntax and mending it again, replacing
// the whole text; on every sample and on tokio's joined test files.
#include "syntax/IncrementalParser.h"
#include "syntax/SyntaxTree.h"

#include "CorpusSupport.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <memory>
#include <sstream>

using namespace awaitscope;
namespace fs = std::filesystem;

namespace {

using corpus::readText;

/// The whole tree as tree-sitter prints it, with every node's byte range.
std::string describe(const SyntaxTree& tree) {
    std::string out;
    std::vector<SyntaxNode> stack{tree.root()};
    while (!stack.empty()) {
        const SyntaxNode n = stack.back();
        stack.pop_back();
        out += std::string(ts_node_type(n.raw())) + " " + std::to_string(n.startByte()) + ".." +
               std::to_string(n.endByte()) + (n.isMissing() ? " missing" : "") + "\n";
        const auto children = n.children();
        for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
    }
    return out;
}

/// Parses each text in turn with one parser (so each reuses the tree of the one before)
/// and compares every tree with a fresh parse of the same text.
void expectSameTreesAsFreshParses(const std::vector<std::string>& texts) {
    IncrementalParser parser;
    for (size_t i = 0; i < texts.size(); ++i) {
        const auto file = std::make_shared<SourceFile>("edited.rs", texts[i]);
        const SyntaxTree reused(file, &parser);
        const SyntaxTree fresh(file);
        EXPECT_EQ(describe(reused), describe(fresh)) << "text " << i;
    }
}

/// The text with `inserted` put at `at` and `removed` bytes taken out there.
std::string edited(const std::string& text, size_t at, size_t removed, const std::string& inserted) {
    return text.substr(0, at) + inserted + text.substr(std::min(text.size(), at + removed));
}

/// Texts a person typing in `text` goes through: spaces and characters typed and
/// deleted at places spread over the file, a brace that breaks the rest of the file,
/// its removal, and the original again.
std::vector<std::string> typingIn(const std::string& text) {
    std::vector<std::string> texts{text};
    for (size_t k = 1; k <= 8; ++k) {
        const size_t at = text.size() * k / 9;
        texts.push_back(edited(text, at, 0, " "));
        texts.push_back(edited(text, at, 0, "x"));
        texts.push_back(edited(text, at, 3, ""));
        texts.push_back(edited(text, at, 0, "{"));
        texts.push_back(text);
    }
    return texts;
}

} // namespace

TEST(IncrementalParser, TypingInEverySampleGivesTheFreshTrees) {
    int files = 0;
    for (const auto& entry : fs::directory_iterator(AWAITSCOPE_SAMPLES)) {
        if (entry.path().extension() != ".rs") continue;
        expectSameTreesAsFreshParses(typingIn(readText(entry.path())));
        ++files;
    }
    EXPECT_GT(files, 3);
}

TEST(IncrementalParser, TypingInALargeRealFileGivesTheFreshTrees) {
    const std::string text = readText(fs::path(AWAITSCOPE_TEST_DATA) / "../bench/data/tokio_tests_joined.rs");
    ASSERT_GT(text.size(), 50000u);
    expectSameTreesAsFreshParses(typingIn(text));
}

TEST(IncrementalParser, AnotherTextUnderTheSamePathGivesItsFreshTree) {
    expectSameTreesAsFreshParses({"fn a() { let x = 1; }\n", "struct S;\nimpl S { fn b(&self) {} }\n", "", "fn a(\n",
                                  "async fn a() { b().await }\n"});
}
