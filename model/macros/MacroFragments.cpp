// Fragment specifiers of macro_rules! matchers, each parsed to a fixed length (rustc:
// rustc_expand/src/mbe/macro_parser.rs + rustc_parse's parse_nonterminal). The lengths
// follow the follow-set rules: an expr ends before `,` `;` `=>`, a ty or path before
// `,` `;` `=` `=>` `|` `{` or an unmatched `>`, an item at its `;` or its brace body.

#include "MacroMatcher.h"

#include <set>

namespace awaitscope {

namespace {

bool isPunctIn(const TokenTree& t, std::initializer_list<std::string_view> set) {
    if (t.kind != TokenKind::Punct) return false;
    for (std::string_view p : set)
        if (t.text == p) return true;
    return false;
}

/// Tokens up to (not including) a top-level stop token; `<`/`>` nest when `angles`.
int until(const TokenStream& in, size_t at, std::initializer_list<std::string_view> stops, bool angles,
          std::initializer_list<std::string_view> stopWords = {}) {
    int depth = 0;
    size_t i = at;
    for (; i < in.size(); ++i) {
        const TokenTree& t = in[i];
        if (depth == 0 && isPunctIn(t, stops)) break;
        if (depth == 0 && t.kind == TokenKind::Ident) {
            bool stop = false;
            for (std::string_view w : stopWords) stop |= t.text == w;
            if (stop) break;
        }
        if (angles && t.isPunct("<")) ++depth;
        if (angles && (t.isPunct(">") || t.isPunct(">>"))) {
            if (depth == 0) break;
            depth -= t.text.size() == 2 ? 2 : 1;
            if (depth < 0) depth = 0;
        }
    }
    return i == at ? -1 : static_cast<int>(i - at);
}

int visibility(const TokenStream& in, size_t at) {
    if (at < in.size() && in[at].isIdent("pub")) return at + 1 < in.size() && in[at + 1].isGroup('(') ? 2 : 1;
    return 0;
}

int item(const TokenStream& in, size_t at) {
    size_t i = at;
    while (i + 1 < in.size() && in[i].isPunct("#") && in[i + 1].isGroup('[')) i += 2; // outer attributes
    i += visibility(in, i);
    if (i >= in.size()) return -1;
    // `name! { .. }` ends at its braces; `name!( .. );` at the semicolon.
    if (in[i].kind == TokenKind::Ident && i + 2 < in.size() && in[i + 1].isPunct("!") &&
        in[i + 2].kind == TokenKind::Group) {
        if (in[i + 2].isGroup('{')) return static_cast<int>(i + 3 - at);
        return static_cast<int>((i + 3 < in.size() && in[i + 3].isPunct(";") ? i + 4 : i + 3) - at);
    }
    const bool semicolonItem =
        in[i].isIdent("use") || in[i].isIdent("type") || in[i].isIdent("static") ||
        (in[i].isIdent("const") && i + 1 < in.size() && !in[i + 1].isIdent("fn") && !in[i + 1].isIdent("unsafe") &&
         !in[i + 1].isIdent("async") && !in[i + 1].isIdent("extern")) ||
        (in[i].isIdent("extern") && i + 1 < in.size() && in[i + 1].isIdent("crate"));
    for (; i < in.size(); ++i) {
        if (in[i].isPunct(";")) return static_cast<int>(i + 1 - at);
        if (!semicolonItem && in[i].isGroup('{')) return static_cast<int>(i + 1 - at);
    }
    return -1;
}

int literal(const TokenStream& in, size_t at) {
    if (at >= in.size()) return -1;
    if (in[at].kind == TokenKind::Literal || in[at].isIdent("true") || in[at].isIdent("false")) return 1;
    if (in[at].isPunct("-") && at + 1 < in.size() && in[at + 1].kind == TokenKind::Literal) return 2;
    return -1;
}

int path(const TokenStream& in, size_t at) {
    size_t i = at;
    int depth = 0;
    for (; i < in.size(); ++i) {
        const TokenTree& t = in[i];
        if (t.isPunct("<"))
            ++depth;
        else if (t.isPunct(">") && depth > 0)
            --depth;
        else if (depth == 0 && t.kind != TokenKind::Ident && !t.isPunct("::"))
            break;
        else if (depth == 0 && i > at && t.kind == TokenKind::Ident && in[i - 1].kind == TokenKind::Ident)
            break;
    }
    return i == at ? -1 : static_cast<int>(i - at);
}

} // namespace

int fragmentLength(const std::string& fragment, const TokenStream& in, size_t at) {
    const bool any = at < in.size();
    if (fragment == "tt") return any ? 1 : -1;
    if (fragment == "ident") return any && in[at].kind == TokenKind::Ident ? 1 : -1;
    if (fragment == "lifetime") return any && in[at].kind == TokenKind::Lifetime ? 1 : -1;
    if (fragment == "block") return any && in[at].isGroup('{') ? 1 : -1;
    if (fragment == "literal") return literal(in, at);
    if (fragment == "vis") return visibility(in, at);
    if (fragment == "item") return item(in, at);
    if (fragment == "path") return path(in, at);
    if (fragment == "ty") return until(in, at, {",", ";", "=", "=>", "|", "{"}, true);
    if (fragment == "expr" || fragment == "expr_2021") return until(in, at, {",", ";", "=>"}, false);
    if (fragment == "stmt") return until(in, at, {";"}, false);
    if (fragment == "meta") return until(in, at, {",", ";", "=>"}, false);
    if (fragment == "pat") return until(in, at, {"=", ",", "=>"}, false, {"if", "in"});
    if (fragment == "pat_param") return until(in, at, {"=", ",", "=>", "|"}, false, {"if", "in"});
    return -1; // an unknown fragment specifier matches nothing
}

} // namespace awaitscope
