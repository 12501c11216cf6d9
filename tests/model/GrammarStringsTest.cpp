// Only model/syntax knows the grammar's strings (issue 11). Outside it, SyntaxNode takes
// SyntaxKind / SyntaxField enumerators only, so an ordinary word that happens to be a node
// type ("type", "path", "crate" as JSON keys, macro fragments or path segments) cannot reach
// the grammar. What could still reach it is checked here, on every tracked .cpp/.h of
// model/ (except model/syntax), views/, app/ and cli/:
//   - a string literal spelled like a multi-word grammar name (`"call_expression"`,
//     `"return_type"`): snake_case with an underscore is never display text or a key of ours;
//   - a tree-sitter function that takes or gives a node type or field name as a string;
//   - an include of syntax/SyntaxKindNames.h, the one header that gives the strings.
// The grammar's names are read from the build's own node-types.json, so a grammar upgrade
// checks its own names.
#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The grammar's node type and field names that only the grammar would spell: with an `_`
/// inside (a leading `_` marks a hidden rule, never a node's type). Anonymous tokens are
/// words of Rust itself (`macro_rules!`, the fragment specifiers `expr_2021` and
/// `pat_param` that model/macros matches in token streams), not the grammar's names.
std::set<std::string> grammarOnlyNames(const fs::path& nodeTypes) {
    std::set<std::string> names;
    const auto add = [&](const std::string& n) {
        if (n.find('_', 1) != std::string::npos) names.insert(n);
    };
    for (const auto& type : nlohmann::json::parse(readFile(nodeTypes))) {
        if (type["named"]) add(type["type"]);
        if (type.contains("fields"))
            for (const auto& [field, _] : type["fields"].items()) add(field);
    }
    return names;
}

struct Code {
    std::string text;                 // comments and literals blanked out
    std::vector<std::string> strings; // the contents of the string literals
};

/// Splits C++ source into code and string literals; comments go. Enough for our sources:
/// escapes, char literals and raw strings R"d(...)d".
Code lex(const std::string& s) {
    Code out;
    size_t i = 0;
    while (i < s.size()) {
        if (s.compare(i, 2, "//") == 0) {
            i = s.find('\n', i);
            if (i == std::string::npos) break;
        } else if (s.compare(i, 2, "/*") == 0) {
            i = s.find("*/", i + 2);
            if (i == std::string::npos) break;
            i += 2;
        } else if (s.compare(i, 2, "R\"") == 0) {
            const size_t open = s.find('(', i);
            const std::string close = ")" + s.substr(i + 2, open - i - 2) + "\"";
            const size_t end = s.find(close, open);
            out.strings.push_back(s.substr(open + 1, end - open - 1));
            i = end == std::string::npos ? s.size() : end + close.size();
        } else if (s[i] == '"' || s[i] == '\'') {
            const char quote = s[i];
            std::string literal;
            for (++i; i < s.size() && s[i] != quote; ++i) {
                if (s[i] == '\\' && i + 1 < s.size()) literal += s[i++];
                literal += s[i];
            }
            ++i;
            if (quote == '"') out.strings.push_back(literal);
            out.text += ' ';
        } else {
            out.text += s[i++];
        }
    }
    return out;
}

const std::array<const char*, 11> kStringFunctions{"ts_node_type",
                                                   "ts_node_grammar_type",
                                                   "ts_node_string",
                                                   "ts_node_child_by_field_name",
                                                   "ts_node_field_name_for_child",
                                                   "ts_language_symbol_name",
                                                   "ts_language_symbol_for_name",
                                                   "ts_language_field_name_for_id",
                                                   "ts_language_field_id_for_name",
                                                   "ts_tree_cursor_current_field_name",
                                                   "ts_query_new"};

/// The problems of one file's text, each a short line.
std::vector<std::string> grammarUses(const std::string& source, const std::set<std::string>& names) {
    std::vector<std::string> problems;
    const Code code = lex(source);
    for (const std::string& s : code.strings) {
        if (names.count(s)) problems.push_back("grammar name \"" + s + "\"");
        if (s.ends_with("SyntaxKindNames.h")) problems.push_back("includes " + s);
    }
    for (const char* f : kStringFunctions)
        if (code.text.find(f) != std::string::npos) problems.push_back(std::string("uses ") + f);
    return problems;
}

std::vector<std::string> trackedSources(const fs::path& root) {
    std::vector<std::string> files;
    const std::string command = "git -C '" + root.string() + "' ls-files -- model views app cli";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return files;
    std::array<char, 4096> line{};
    while (fgets(line.data(), line.size(), pipe)) {
        std::string f(line.data());
        if (!f.empty() && f.back() == '\n') f.pop_back();
        if ((f.ends_with(".cpp") || f.ends_with(".h")) && !f.starts_with("model/syntax/")) files.push_back(f);
    }
    pclose(pipe);
    return files;
}

} // namespace

TEST(GrammarStrings, NoGrammarNameOutsideModelSyntax) {
    const std::set<std::string> names = grammarOnlyNames(AWAITSCOPE_GRAMMAR_NODE_TYPES);
    ASSERT_GT(names.size(), 100u); // call_expression, return_type, ...
    const std::vector<std::string> files = trackedSources(AWAITSCOPE_SOURCE_DIR);
    ASSERT_GT(files.size(), 200u) << "git ls-files found no sources";
    for (const std::string& f : files)
        for (const std::string& problem : grammarUses(readFile(fs::path(AWAITSCOPE_SOURCE_DIR) / f), names))
            ADD_FAILURE() << f << ": " << problem << " (only model/syntax knows the grammar's strings)";
}

TEST(GrammarStrings, TheScanSeesGrammarUseAndNothingElse) {
    const std::set<std::string> names = grammarOnlyNames(AWAITSCOPE_GRAMMAR_NODE_TYPES);
    EXPECT_EQ(grammarUses("if (n.is(\"call_expression\")) x = n.field(\"return_type\");", names).size(), 2u);
    EXPECT_EQ(grammarUses("const char* k = ts_node_type(raw);", names).size(), 1u);
    EXPECT_EQ(grammarUses("#include \"syntax/SyntaxKindNames.h\"", names).size(), 1u);
    EXPECT_EQ(grammarUses("auto s = R\"(mut_pattern)\";", names).size(), 1u);
    // Words, keys and comments are not grammar use.
    EXPECT_TRUE(grammarUses("json j = {{\"type\", t}, {\"path\", p}, {\"crate\", c}}; // a \"call_expression\"\n"
                            "/* ts_node_type(\"mut_pattern\") */ std::string s = \"match_arm \\\"x\\\"\";",
                            names)
                    .empty());
}
