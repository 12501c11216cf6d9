#include "HighlightSpans.h"

#include <optional>
#include <set>
#include <string>

namespace awaitscope {

namespace {

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
                                                      "false",  "Self",     "mutable_specifier",
                                                      "self"};

std::optional<HighlightCategory> categoryOf(const SyntaxNode& node) {
    const std::string_view k = node.kind();
    if (k == "line_comment" || k == "block_comment") return HighlightCategory::Comment;
    if (k == "string_literal" || k == "raw_string_literal" || k == "char_literal") return HighlightCategory::String;
    if (k == "lifetime") return HighlightCategory::Lifetime;
    if (k == "integer_literal" || k == "float_literal") return HighlightCategory::Number;
    if (k == "primitive_type" || k == "type_identifier") return HighlightCategory::Type;
    if (k == "await") return HighlightCategory::Await;
    if (!node.isNamed() && kKeywords.count(k)) return HighlightCategory::Keyword;
    if (k == "self" || k == "mutable_specifier" || k == "boolean_literal") return HighlightCategory::Keyword;
    return std::nullopt;
}

void addSpan(const SyntaxNode& node, HighlightCategory category, std::vector<HighlightSpan>& out) {
    const SourceFile& file = *node.file();
    TextPosition start = node.start();
    const TextPosition end = node.end();
    while (start.line < end.line) { // split multi-line tokens per line
        const uint32_t lineStart = file.byteOffsetOf({start.line, 1});
        const uint32_t nextLine = file.byteOffsetOf({start.line + 1, 1});
        const int lineChars = file.positionOf(nextLine - 1).column;
        if (lineChars > start.column) out.push_back({start, lineChars - start.column, category});
        (void)lineStart;
        start = {start.line + 1, 1};
    }
    if (end.column > start.column) out.push_back({start, end.column - start.column, category});
}

void walk(const SyntaxNode& node, std::vector<HighlightSpan>& out) {
    if (node.is("macro_invocation")) {
        SyntaxNode name = node.field("macro");
        if (name) {
            TextPosition s = name.end();
            addSpan(name, HighlightCategory::Macro, out);
            out.push_back({s, 1, HighlightCategory::Macro}); // the `!`
        }
    }
    if (node.is("call_expression")) {
        SyntaxNode fn = node.field("function");
        if (fn.is("field_expression"))
            fn = fn.field("field");
        else if (fn.is("scoped_identifier"))
            fn = fn.field("name");
        if (fn.is("identifier") || fn.is("field_identifier")) addSpan(fn, HighlightCategory::Function, out);
    }
    if (const auto category = categoryOf(node)) {
        addSpan(node, *category, out);
        if (*category != HighlightCategory::Type && *category != HighlightCategory::Keyword) return;
    }
    for (const SyntaxNode& child : node.children()) walk(child, out);
}

} // namespace

std::vector<HighlightSpan> computeHighlights(const SyntaxTree& tree) {
    std::vector<HighlightSpan> spans;
    walk(tree.root(), spans);
    return spans;
}

} // namespace awaitscope
