#include "TokenPieces.h"

namespace awaitscope {

namespace {

long endOf(const TokenTree& t) {
    if (t.kind == TokenKind::Group) return t.closeOffset < 0 ? -1 : t.closeOffset + 1;
    return t.offset < 0 ? -1 : t.offset + static_cast<long>(t.text.size());
}

void flatten(const TokenStream& tokens, std::vector<TokenPiece>& out) {
    for (const TokenTree& t : tokens) {
        if (t.kind != TokenKind::Group) {
            out.push_back({t.text, t.offset});
            continue;
        }
        const char open = t.text.empty() ? '(' : t.text[0];
        const bool wraps = t.offset < 0 && !t.children.empty();
        out.push_back({open == '(' ? "(" : open == '[' ? "[" : "{", t.offset, wraps ? t.children.front().offset : -1});
        flatten(t.children, out);
        out.push_back({open == '('   ? ")"
                       : open == '[' ? "]"
                                     : "}",
                       t.closeOffset, wraps ? endOf(t.children.back()) : -1});
    }
}

} // namespace

std::vector<TokenPiece> flattenTokens(const TokenStream& tokens) {
    std::vector<TokenPiece> out;
    flatten(tokens, out);
    return out;
}

} // namespace awaitscope
