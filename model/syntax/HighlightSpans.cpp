#include "HighlightSpans.h"

#include "RustLanguage.h"

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

std::optional<HighlightCategory> categoryOf(std::string_view k, bool isNamed) {
    if (k == "line_comment" || k == "block_comment") return HighlightCategory::Comment;
    if (k == "string_literal" || k == "raw_string_literal" || k == "char_literal") return HighlightCategory::String;
    if (k == "lifetime") return HighlightCategory::Lifetime;
    if (k == "integer_literal" || k == "float_literal") return HighlightCategory::Number;
    if (k == "primitive_type" || k == "type_identifier") return HighlightCategory::Type;
    if (k == "await") return HighlightCategory::Await;
    if (!isNamed && kKeywords.count(k)) return HighlightCategory::Keyword;
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

void addNamed(const SyntaxNode& node, std::vector<HighlightSpan>& out) {
    if (node.is(SyntaxKind::MacroInvocation)) {
        SyntaxNode name = node.field(SyntaxField::Macro);
        if (name) {
            TextPosition s = name.end();
            addSpan(name, HighlightCategory::Macro, out);
            out.push_back({s, 1, HighlightCategory::Macro}); // the `!`
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
}

/// What categoryOf() says of a node, by its symbol and whether it is named (the two
/// things its kind and isNamed() come from), worked out once per grammar symbol rather
/// than by comparing strings for every node of the file.
struct SymbolCategories {
    enum : uint8_t { kNone = 0xff };
    std::vector<uint8_t> category[2]; // [named][symbol]
    std::vector<char> special;        // macro_invocation or call_expression: see addNamed()

    SymbolCategories() {
        const TSLanguage* language = rustLanguage();
        const uint32_t n = ts_language_symbol_count(language);
        for (auto& c : category) c.assign(n, kNone);
        special.assign(n, 0);
        for (TSSymbol sym = 0; sym < n; ++sym) {
            const std::string_view k = ts_language_symbol_name(language, sym);
            for (int named = 0; named < 2; ++named)
                if (const auto c = categoryOf(k, named)) category[named][sym] = static_cast<uint8_t>(*c);
            special[sym] = k == "macro_invocation" || k == "call_expression";
        }
    }
};

/// Pre-order over the tree with one cursor (no child lists, no recursion); a highlighted
/// token's children are not visited unless it is a type or a keyword, as before.
void walk(const SyntaxNode& root, std::vector<HighlightSpan>& out) {
    static const SymbolCategories table;
    const SourceFile* file = root.file();
    TSTreeCursor cursor = ts_tree_cursor_new(root.raw());
    for (;;) {
        const TSNode raw = ts_tree_cursor_current_node(&cursor);
        const TSSymbol sym = ts_node_symbol(raw);
        const SyntaxNode node(raw, file);
        bool descend = true;
        if (sym < table.special.size()) {
            if (table.special[sym]) addNamed(node, out);
            const uint8_t c = table.category[ts_node_is_named(raw) ? 1 : 0][sym];
            if (c != SymbolCategories::kNone) {
                const auto category = static_cast<HighlightCategory>(c);
                addSpan(node, category, out);
                descend = category == HighlightCategory::Type || category == HighlightCategory::Keyword;
            }
        }
        if (descend && ts_tree_cursor_goto_first_child(&cursor)) continue;
        bool more = false;
        do {
            if (ts_tree_cursor_goto_next_sibling(&cursor)) {
                more = true;
                break;
            }
        } while (ts_tree_cursor_goto_parent(&cursor));
        if (!more) break;
    }
    ts_tree_cursor_delete(&cursor);
}

} // namespace

std::vector<HighlightSpan> computeHighlights(const SyntaxTree& tree) {
    std::vector<HighlightSpan> spans;
    walk(tree.root(), spans);
    return spans;
}

} // namespace awaitscope
